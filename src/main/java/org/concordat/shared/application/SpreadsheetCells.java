package org.concordat.shared.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
