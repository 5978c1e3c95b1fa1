package org.concordat.shared.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
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
 * <p>Reading is here too ({@link #readXlsx}, {@link #readCsv}), for files people upload (issue 20: agreements brought
 * in): a workbook is looked at as a ZIP archive before POI parses it (a real XLSX, no macros, a bounded number of parts
 * and of bytes once unpacked, so a "zip bomb" is refused after at most {@link #MAX_UNPACKED_BYTES} of inflating), and
 * every cell is read as the text it holds: a formula is returned as its own text ({@code =SUM(A1:A3)}), never evaluated
 * and never its cached result, so that whoever reads it can refuse it.
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
        return xlsx(properties, sheets, List.of(), Set.of());
    }

    /**
     * A drop-down list on cells of a sheet: rows {@code firstRow}..{@code lastRow} (0-based; row 0 is the header) of
     * {@code column} offer the values in rows 1..{@code size} of column {@code listColumn} of sheet {@code listSheet}
     * (indexes in the list of sheets). A strict list refuses anything else typed; otherwise the spreadsheet only warns
     * (for cells that may hold several values separated by semicolons).
     */
    public record Choice(int sheet, int column, int firstRow, int lastRow, int listSheet, int listColumn, int size,
                         boolean strict) {
    }

    /** As {@link #xlsx(Properties, List)}, with drop-down lists on some cells and some sheets hidden (the lists'). */
    public static byte[] xlsx(Properties properties, List<Sheet> sheets, List<Choice> choices, Set<Integer> hidden) {
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
            for (Choice choice : choices) {
                XSSFSheet sheet = workbook.getSheetAt(choice.sheet());
                String column = CellReference.convertNumToColString(choice.listColumn());
                String list = "'" + workbook.getSheetName(choice.listSheet()).replace("'", "''") + "'!$" + column + "$2:$"
                        + column + "$" + (Math.max(1, choice.size()) + 1);
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidationConstraint constraint = helper.createFormulaListConstraint(list);
                DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(choice.firstRow(),
                        choice.lastRow(), choice.column(), choice.column()));
                validation.setErrorStyle(choice.strict() ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
                validation.setShowErrorBox(true);
                // POI's XSSF takes "suppress" the other way round: true shows the arrow.
                validation.setSuppressDropDownArrow(true);
                sheet.addValidationData(validation);
            }
            for (int index : hidden) {
                workbook.setSheetHidden(index, true);
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
    /** A cell's name as a spreadsheet shows it: column 0 and row 1 is {@code A1}. */
    public static String cellName(int column, int row) {
        return CellReference.convertNumToColString(column) + row;
    }

    /** A sheet as read from an uploaded file: its name and its rows (the first row first), each cell as its text. */
    public record ReadSheet(String name, List<List<String>> rows) {
        public ReadSheet {
            rows = List.copyOf(rows);
        }
    }

    /** A workbook with more parts than this is something else than a spreadsheet of agreements. */
    static final int MAX_ENTRIES = 1000;
    /** What a workbook may unpack to: a template with thousands of flows is a few megabytes of XML. */
    public static final long MAX_UNPACKED_BYTES = 40L * 1024 * 1024;
    /** A part that inflates more than this many times its compressed size, beyond a small start, is a bomb. */
    static final int MAX_RATIO = 100;
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    private static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;
    private static final String SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final Pattern MAIN_PART = Pattern.compile("<Override[^>]*?PartName=\"([^\"]+)\"[^>]*?ContentType=\""
            + Pattern.quote(SHEET_MAIN) + "\"|<Override[^>]*?ContentType=\"" + Pattern.quote(SHEET_MAIN)
            + "\"[^>]*?PartName=\"([^\"]+)\"");

    /**
     * The sheets of an uploaded workbook (.xlsx), every cell as text: a date as yyyy-mm-dd, a number as written, a
     * formula as {@code =} and its text (never evaluated). Refused, with a message for the person who sent it, when it
     * is not a real XLSX (an old .xls, a password-protected file, anything else), holds macros, would unpack to too
     * much, or has a sheet with more than {@code maxRows} rows.
     *
     * @param field the name of the input the file came from (the refusal's field)
     */
    public static List<ReadSheet> readXlsx(byte[] file, int maxRows, String field) {
        guardXlsx(file, field);
        List<ReadSheet> sheets = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                if (sheet.getLastRowNum() + 1 > maxRows + 1) {
                    throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.tooManyRows",
                            sheet.getSheetName(), maxRows));
                }
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum() && c < 200; c++) {
                            cells.add(read(row.getCell(c)));
                        }
                    }
                    rows.add(cells);
                }
                sheets.add(new ReadSheet(sheet.getSheetName(), rows));
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI's own limits (ZipSecureFile) and any file it cannot make sense of.
            throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.notAnXlsx"));
        }
        return sheets;
    }

    private static String read(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return "=" + cell.getCellFormula();
        }
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return "";
    }

    private static void guardXlsx(byte[] file, String field) {
        if (file.length >= 4 && (file[0] & 0xFF) == 0xD0 && (file[1] & 0xFF) == 0xCF && (file[2] & 0xFF) == 0x11
                && (file[3] & 0xFF) == 0xE0) {
            // An OLE2 compound file: an Excel 97-2003 .xls, or an XLSX encrypted with a password.
            throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.oldOrProtected"));
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K' || file[2] != 3 || file[3] != 4) {
            throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.notAnXlsx"));
        }
        long unpacked = 0;
        int entries = 0;
        String contentTypes = null;
        java.util.Set<String> names = new java.util.HashSet<>();
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.tooManyParts", MAX_ENTRIES));
                }
                String name = entry.getName();
                if (name.endsWith("vbaProject.bin")) {
                    throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.macros"));
                }
                boolean types = "[Content_Types].xml".equals(name);
                ByteArrayOutputStream kept = types ? new ByteArrayOutputStream() : null;
                long size = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    size += read;
                    unpacked += read;
                    long compressed = entry.getCompressedSize();
                    if (unpacked > MAX_UNPACKED_BYTES
                            || (size > RATIO_GRACE_BYTES && compressed > 0 && size / compressed > MAX_RATIO)) {
                        throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.unpacksTooLarge",
                                MAX_UNPACKED_BYTES / (1024 * 1024)));
                    }
                    if (kept != null) {
                        if (size > MAX_CONTENT_TYPES_BYTES) {
                            throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.notAnXlsx"));
                        }
                        kept.write(buffer, 0, read);
                    }
                }
                if (types) {
                    contentTypes = kept.toString(StandardCharsets.UTF_8);
                }
                names.add("/" + name);
            }
        } catch (ZipException e) {
            throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.notAnXlsx"));
        } catch (IOException e) {
            throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.notAnXlsx"));
        }
        if (contentTypes == null) {
            throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.notAnXlsx"));
        }
        if (contentTypes.contains(MACRO_MAIN)) {
            throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.macros"));
        }
        Matcher main = MAIN_PART.matcher(contentTypes);
        if (!main.find() || !names.contains(main.group(1) != null ? main.group(1) : main.group(2))) {
            throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.notAnXlsx"));
        }
    }

    /**
     * The rows of an uploaded CSV (RFC 4180; UTF-8 with or without a byte-order mark, else Windows-1252 as Excel
     * writes "CSV" on Windows), every cell as text, returned as one sheet named {@code name}. Refused when it is not
     * text (a workbook, a PDF, anything with NUL bytes), cannot be parsed, or has more than {@code maxRows} rows
     * after its header.
     */
    public static ReadSheet readCsv(byte[] file, int maxRows, String name, String field) {
        for (int i = 0; i < Math.min(file.length, 8192); i++) {
            if (file[i] == 0) {
                throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.notACsv"));
            }
        }
        if (file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4
                || file.length >= 4 && file[0] == '%' && file[1] == 'P' && file[2] == 'D' && file[3] == 'F') {
            throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.notACsv"));
        }
        String text = decode(file);
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
            for (CSVRecord record : parser) {
                if (rows.size() > maxRows) {
                    throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.tooManyRows", name, maxRows));
                }
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                rows.add(cells);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(field, Messages.text("shared.SpreadsheetCells.notACsv"));
        }
        return new ReadSheet(name, rows);
    }

    private static String decode(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(file, start, file.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(file, start, file.length - start, Charset.forName("windows-1252"));
        }
    }
}
