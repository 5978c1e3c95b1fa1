package org.concordat.processing.application;

import static org.concordat.processing.application.ProcessingFixture.CATALOGUE;
import static org.concordat.processing.application.ProcessingFixture.COUNCIL;
import static org.concordat.processing.application.ProcessingFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concordat.processing.domain.RecordFilter;
import org.junit.jupiter.api.Test;

/**
 * The record as a spreadsheet reader gets it: the CSV, and the workbook read back with Apache POI as Excel or Calc would
 * read it (sheets, headings, frozen header, filters, widths, dates, text never a formula, the document's properties).
 * Writes target/pdf-samples/record-of-processing.xlsx (and .csv) to look at.
 */
class RecordSheetsTest {

    private static final Instant CREATED = Instant.parse("2026-12-07T09:30:00Z");

    private final ProcessingRecord record = new RecordAssembly(CATALOGUE).assemble(COUNCIL, TODAY, RecordFilter.ANY,
            ProcessingFixture.all(), ProcessingFixture::counterparty);

    @Test
    void theCsvHasOneRowPerActivityPlainNamesFirstAndNoFormula() throws IOException {
        String csv = RecordSheets.csv(record);
        org.apache.commons.csv.CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv));
        List<CSVRecord> rows = parser.getRecords();
        assertEquals(3, rows.size());
        CSVRecord school = rows.get(0);
        assertEquals("DSA-2026-0001", school.get("Agreement"));
        assertEquals("Receives from", school.get("Part in the flow"));
        assertEquals("Public task (UK GDPR Article 6(1)(e))", school.get("Article 6 lawful basis"));
        assertEquals("Child; Parent or carer", school.get("Categories of people"));
        assertEquals("A6-1-e", school.get("Article 6 codes"), "codes only in their own columns");
        assertEquals("2026-04-01", school.get("In force from"));
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"6 years\")", rows.get(1).get("Retention"),
                "the formula a retention field was given is text");
        List<String> headings = new ArrayList<>(parser.getHeaderNames());
        assertTrue(headings.indexOf("Purpose") < headings.indexOf("Purpose code"), "names before codes");
        Files.createDirectories(Path.of("target/pdf-samples"));
        Files.writeString(Path.of("target/pdf-samples/record-of-processing.csv"), csv);
    }

    @Test
    void theWorkbookReadsBackAsItsReaderSeesIt() throws IOException {
        byte[] xlsx = RecordSheets.xlsx(record, CREATED);
        Files.createDirectories(Path.of("target/pdf-samples"));
        Files.write(Path.of("target/pdf-samples/record-of-processing.xlsx"), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals(List.of("Processing activities", "Schedule 1 paragraph 41", "Controller"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));

            XSSFSheet activities = workbook.getSheetAt(0);
            Row header = activities.getRow(0);
            assertEquals("Agreement", header.getCell(0).getStringCellValue());
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "a bold header");
            assertNotNull(activities.getPaneInformation(), "the header is frozen");
            assertEquals(1, activities.getPaneInformation().getHorizontalSplitPosition());
            CellRangeAddress filter = CellRangeAddress.valueOf(activities.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(0, filter.getFirstRow());
            assertEquals(3, filter.getLastRow(), "the filter covers every row");
            assertEquals(header.getLastCellNum() - 1, filter.getLastColumn(), "and every column");
            assertEquals(30 * 256, activities.getColumnWidth(1), "the title's width");
            assertEquals(3, activities.getLastRowNum());

            Row school = activities.getRow(1);
            assertEquals("DSA-2026-0001", text(school, header, "Agreement"));
            assertEquals(2.0, cell(school, header, "Version").getNumericCellValue(), "a number is a number");
            Cell from = cell(school, header, "In force from");
            assertEquals(CellType.NUMERIC, from.getCellType());
            assertEquals(LocalDate.of(2026, 4, 1), from.getLocalDateTimeCellValue().toLocalDate(), "a date is a date");
            assertEquals("yyyy-mm-dd", from.getCellStyle().getDataFormatString());
            assertEquals("Safeguarding of children and of individuals at risk (DPA 2018 Schedule 1 Part 2 paragraph 18)",
                    text(school, header, "Schedule 1 condition (special category data)"));
            assertTrue(cell(school, header, "Security measures").getCellStyle().getWrapText(), "long text wraps");

            Cell retention = cell(activities.getRow(2), header, "Retention");
            assertEquals(CellType.STRING, retention.getCellType(), "never a formula cell");
            assertEquals("'=HYPERLINK(\"http://evil.example\",\"6 years\")", retention.getStringCellValue(),
                    "neutralised as in the CSV");
            assertTrue(retention.getCellStyle().getQuotePrefixed(), "and kept text when edited");
            for (Row row : activities) {
                for (Cell c : row) {
                    assertFalse(c.getCellType() == CellType.FORMULA, "no formula anywhere: " + c.getAddress());
                }
            }

            XSSFSheet paragraph41 = workbook.getSheetAt(1);
            Row heads = paragraph41.getRow(0);
            assertEquals("Condition relied on (para 41(a))", heads.getCell(0).getStringCellValue());
            assertEquals(3, paragraph41.getLastRowNum(), "paragraph 10 once, paragraph 18 twice");
            assertEquals("Preventing or detecting unlawful acts (DPA 2018 Schedule 1 Part 2 paragraph 10)",
                    paragraph41.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Legal obligation (UK GDPR Article 6(1)(c)); Public task (UK GDPR Article 6(1)(e))",
                    text(paragraph41.getRow(1), heads, "How the processing satisfies Article 6 (para 41(b))"));
            assertNotNull(paragraph41.getPaneInformation());

            XSSFSheet controller = workbook.getSheetAt(2);
            assertEquals("Organisation (controller)", controller.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Northshire County Council", controller.getRow(1).getCell(1).getStringCellValue());
            List<String> items = new ArrayList<>();
            controller.forEach(r -> items.add(r.getCell(1) == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter()
                    .formatCellValue(r.getCell(1))));
            assertTrue(items.contains("Records of processing activities (UK GDPR Article 30)"), items.toString());
            assertTrue(items.contains("2026-12-07"), "the day, as a date: " + items);

            var core = workbook.getProperties().getCoreProperties();
            assertEquals("Record of processing: Northshire County Council", core.getTitle());
            assertEquals("UK GDPR Article 30; DPA 2018 Schedule 1 paragraph 41", core.getSubject());
            assertEquals("Northshire County Council", core.getCreator());
            assertEquals(CREATED, core.getCreated().toInstant());
            assertEquals("Northshire County Council",
                    workbook.getProperties().getExtendedProperties().getUnderlyingProperties().getCompany());
        }
    }

    private static Cell cell(Row row, Row header, String heading) {
        for (Cell h : header) {
            if (h.getStringCellValue().equals(heading)) {
                return row.getCell(h.getColumnIndex());
            }
        }
        throw new AssertionError("No column " + heading);
    }

    private static String text(Row row, Row header, String heading) {
        return cell(row, header, heading).getStringCellValue();
    }
}
