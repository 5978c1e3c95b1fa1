package org.concordat.shared.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one way Concordat writes a spreadsheet (today: every CSV it offers), so that no cell can become a formula when
 * the file is opened in Excel, LibreOffice Calc or Google Sheets — OWASP "CSV Injection", CWE-1236. A spreadsheet
 * evaluates a cell whose text begins with {@code =}, {@code +}, {@code -} or {@code @} (and, in some of them, with a
 * tab, a carriage return or a NUL before one of those): a rationale typed as {@code =HYPERLINK("http://…")} would
 * become a live link, or worse, on the DPO's machine. Following OWASP, such a text cell gets a single quote in front,
 * which the spreadsheet shows as text and does not evaluate; quotes, separators and line breaks inside a cell are
 * then escaped as RFC 4180 says (by Commons CSV). A number written as a number (an entry id, a count, a negative
 * amount) stays a number: only text is ever prefixed, so {@code -3} given as an {@code Integer} is written {@code -3},
 * given as a {@code String} it is written {@code '-3}.
 *
 * <p>The same holds in a workbook ({@link #xlsx}, Apache POI): a text cell is always a string cell, never a formula,
 * and its text is neutralised exactly as in the CSV (with the cell marked quote-prefixed too, so that editing it in
 * Excel or Calc keeps it text), so a value copied out of the workbook, or the workbook saved again as CSV, carries no
 * live formula either.
 *
 * <p>Nothing else in the code base may use Commons CSV (or any spreadsheet library): ArchitectureTest checks it.
 */
public final class SpreadsheetCells {

    /** The first characters that make a spreadsheet evaluate a cell (OWASP's list, with NUL from ASVS 1.2.10). */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r\0";

    private SpreadsheetCells() {
    }

    /** A text cell: as given, or with a single quote in front when it would otherwise start a formula. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /**
     * Any cell: a finite number (an {@code Integer}, {@code Long}, {@code BigDecimal}, …) or a boolean is written as
     * it is; {@code null} as an empty cell; anything else as text, through {@link #text(String)}.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Boolean || isNumber(value)) {
            return value.toString();
        }
        return text(value.toString());
    }

    /**
     * A whole CSV document (RFC 4180, CRLF line ends): the header row, then one row per list of cells, each cell
     * through {@link #cell(Object)}.
     */
    public static String csv(List<String> header, Stream<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header.stream().map(SpreadsheetCells::text));
            Iterator<? extends List<?>> each = rows.iterator();
            while (each.hasNext()) {
                printer.printRecord(each.next().stream().map(SpreadsheetCells::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The most a cell of a workbook may hold (Excel's limit); a longer text is cut, with an ellipsis. */
    static final int MOST_CHARACTERS_IN_A_CELL = 32_767;

    /**
     * One sheet of a workbook: its name (made safe for a sheet: at most 31 characters, none of {@code []:*?/\}), its
     * header row, its rows (cells as {@link #cell(Object)} takes them, and a {@code LocalDate} as a date) and the width
     * of each column in characters (missing ones are 15).
     */
    public record Sheet(String name, List<String> header, List<? extends List<?>> rows, List<Integer> widths) {
        public Sheet {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            widths = List.copyOf(widths);
        }
    }

    /** What a workbook says of itself (File, Properties in Excel and Calc). */
    public record Properties(String title, String subject, String organisation, String description, Instant created) {
    }

    /**
     * A workbook (Office Open XML, .xlsx) of these sheets, each with its header row in bold on a grey ground, frozen
     * so that it stays in view, an autofilter on every column, the columns' widths, text wrapped and aligned to the
     * top, dates as dates; text cells neutralised as in {@link #text(String)}.
     */
    public static byte[] xlsx(Properties properties, List<Sheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle body = workbook.createCellStyle();
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle neutralised = workbook.createCellStyle();
            neutralised.cloneStyleFrom(body);
            neutralised.setQuotePrefixed(true);
            CellStyle date = workbook.createCellStyle();
            date.cloneStyleFrom(body);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (Sheet each : sheets) {
                XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(each.name()));
                int columns = Math.max(each.header().size(), each.rows().stream().mapToInt(List::size).max().orElse(0));
                int[] widths = new int[columns];
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(1, Math.min(255, i < each.widths().size() ? each.widths().get(i) : 15));
                    sheet.setColumnWidth(i, 256 * widths[i]);
                }
                Row top = sheet.createRow(0);
                for (int i = 0; i < each.header().size(); i++) {
                    Cell cell = top.createCell(i);
                    cell.setCellValue(text(each.header().get(i)));
                    cell.setCellStyle(header);
                }
                fitHeight(top, each.header(), widths, BOLD_CHARACTERS_PER_WIDTH);
                int r = 1;
                for (List<?> values : each.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        write(row.createCell(i), values.get(i), body, neutralised, date);
                    }
                    fitHeight(row, values, widths, CHARACTERS_PER_WIDTH);
                }
                sheet.createFreezePane(0, 1);
                if (!each.header().isEmpty()) {
                    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, each.header().size() - 1));
                    sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, each.header().size() - 1));
                }
                // Printed on A4 landscape, the header on every page, scaled to a whole number of pages across.
                PrintSetup print = sheet.getPrintSetup();
                print.setPaperSize(PrintSetup.A4_PAPERSIZE);
                print.setLandscape(true);
                sheet.setFitToPage(true);
                print.setFitWidth((short) Math.max(1, Math.ceil(java.util.Arrays.stream(widths).sum() / PRINTED_WIDTH)));
                print.setFitHeight((short) 0);
            }
            POIXMLProperties described = workbook.getProperties();
            POIXMLProperties.CoreProperties core = described.getCoreProperties();
            core.setTitle(properties.title());
            core.setSubjectProperty(properties.subject());
            core.setDescription(properties.description());
            core.setCreator(properties.organisation());
            core.setCreated(Optional.of(Date.from(properties.created())));
            described.getExtendedProperties().getUnderlyingProperties().setCompany(properties.organisation());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters of ordinary text that fit in one unit of column width (a unit is a digit's width), and of bold. */
    private static final double CHARACTERS_PER_WIDTH = 1.0;
    private static final double BOLD_CHARACTERS_PER_WIDTH = 0.85;
    /** The width, in units, that reads well across a landscape A4 page. */
    private static final double PRINTED_WIDTH = 160;
    /** The height of a line of the default font (Calibri 11), in points, and the most Excel allows a row. */
    private static final float LINE_POINTS = 15f;
    private static final float MOST_ROW_POINTS = 409f;

    /**
     * Sets the row's height to show all its wrapped text: spreadsheets do not always work it out themselves on opening
     * a file (LibreOffice keeps the default height, so wrapped text is cut off), so it is estimated from the longest
     * cell for its column's width.
     */
    private static void fitHeight(Row row, List<?> values, int[] widths, double charactersPerWidth) {
        int lines = 1;
        for (int i = 0; i < values.size() && i < widths.length; i++) {
            Object value = values.get(i);
            if (value == null || value instanceof Number || value instanceof Boolean || value instanceof LocalDate) {
                continue;
            }
            int perLine = Math.max(1, (int) Math.floor(widths[i] * charactersPerWidth));
            int cellLines = 0;
            for (String line : value.toString().split("\n", -1)) {
                cellLines += Math.max(1, (int) Math.ceil(line.length() / (double) perLine));
            }
            lines = Math.max(lines, cellLines);
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(MOST_ROW_POINTS, lines * LINE_POINTS));
        }
    }

    private static void write(Cell cell, Object value, CellStyle body, CellStyle neutralised, CellStyle date) {
        cell.setCellStyle(body);
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (isNumber(value) || value instanceof BigDecimal) {
            cell.setCellValue(((Number) value).doubleValue());
        } else {
            String raw = value.toString();
            String shown = text(raw);
            boolean prefixed = !shown.equals(raw);
            if (shown.length() > MOST_CHARACTERS_IN_A_CELL) {
                shown = shown.substring(0, MOST_CHARACTERS_IN_A_CELL - 1) + "\u2026";
            }
            cell.setCellValue(shown);
            if (prefixed) {
                cell.setCellStyle(neutralised);
            }
        }
    }

    /** Integral and decimal numbers; not a NaN or an infinity, whose text ("-Infinity") is no number to a spreadsheet. */
    private static boolean isNumber(Object value) {
        if (value instanceof Double d) {
            return Double.isFinite(d);
        }
        if (value instanceof Float f) {
            return Float.isFinite(f);
        }
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger;
    }
}
