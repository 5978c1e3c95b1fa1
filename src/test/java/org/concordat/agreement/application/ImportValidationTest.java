package org.concordat.agreement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concordat.agreement.domain.ImportProblem;
import org.concordat.agreement.domain.ImportRejectedException;
import org.concordat.legal.domain.compliance.ComplianceEngine;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.organisation.domain.Sector;
import org.concordat.shared.application.SpreadsheetCells;
import org.concordat.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Checking a file brought in for import (issue 20, part 3), without a container: the template's drop-down lists, a
 * valid workbook and CSV, every kind of problem placed on its sheet, row and column, the compliance rules' errors on
 * the flow's row, and hostile files refused with a message (not an XLSX, an old or protected file, macros, a zip bomb,
 * too many rows, formulas, not a CSV, not a PDF).
 */
class ImportValidationTest {

    static final long COUNCIL = 1;
    static final long SCHOOL = 5;
    static final long POLICE = 2;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static final List<OrganisationData> ORGANISATIONS = List.of(
            organisation(COUNCIL, "Northshire County Council", Sector.LOCAL_AUTHORITY, false),
            organisation(POLICE, "Northshire Police", Sector.POLICE, true),
            organisation(SCHOOL, "Riverside Primary School", Sector.EDUCATION, false));

    final ImportVocabulary words = new ImportVocabulary(AgreementApprovalTest.CATALOGUE, ORGANISATIONS, TODAY);
    final ImportValidation validation = new ImportValidation(words, ORGANISATIONS,
            facts -> ComplianceEngine.standard().evaluate(facts, AgreementApprovalTest.CATALOGUE));

    static OrganisationData organisation(long id, String name, Sector sector, boolean competent) {
        return new OrganisationData(id, 0, new OrganisationDetails(name, sector, true, competent, "ZA10000" + id, "A DPO",
                "dpo" + id + "@example.org", "01632 960000", "APD-" + id, LocalDate.of(2026, 4, 1)), true, Instant.EPOCH);
    }

    static Map<ImportColumn, Object> agreement() {
        Map<ImportColumn, Object> a = new EnumMap<>(ImportColumn.class);
        a.put(ImportColumn.REFERENCE, "NSCP-DSA-17");
        a.put(ImportColumn.TITLE, "Children in need: Riverside Primary School and children's services");
        a.put(ImportColumn.LEAD_ORGANISATION, "Northshire County Council");
        a.put(ImportColumn.IN_FORCE_FROM, LocalDate.of(2025, 9, 1));
        a.put(ImportColumn.REVIEW_DATE, "01/09/2026");
        a.put(ImportColumn.AGREEMENT_PURPOSE, "Share early so that help comes before harm.");
        return a;
    }

    /** A flow the rules accept: the school tells children's services of a child in need. */
    static Map<ImportColumn, Object> flow() {
        Map<ImportColumn, Object> f = new EnumMap<>(ImportColumn.class);
        f.put(ImportColumn.FROM_ORGANISATION, "Riverside Primary School");
        f.put(ImportColumn.TO_ORGANISATION, "northshire county council");
        f.put(ImportColumn.BOTH_WAYS, "No");
        f.put(ImportColumn.DATA_SUBJECTS, "Child; Parent or carer");
        f.put(ImportColumn.DATA_CATEGORIES, "Identifiers and contact details; EDUCATION_DATA; SAFEGUARDING_CONCERNS");
        f.put(ImportColumn.PURPOSE, "Child in need");
        f.put(ImportColumn.FREQUENCY, "When a concern arises");
        f.put(ImportColumn.TRANSFER_METHOD, "Secure email");
        f.put(ImportColumn.RETENTION, "Until the child is 25, then securely destroyed");
        f.put(ImportColumn.ARTICLE_6_BASES, "Public task");
        f.put(ImportColumn.STATUTORY_GATEWAYS, "CA1989-S17; CA2004-S11; EA2002-S175");
        f.put(ImportColumn.CONFIDENTIALITY, "Overriding public interest");
        return f;
    }

    /** The real template, filled in as a person would in Excel: the agreement on row 2, the flows from row 2. */
    static byte[] workbook(Map<ImportColumn, Object> agreement, List<Map<ImportColumn, Object>> flows) throws IOException {
        byte[] template = ImportTemplates.xlsx(new ImportVocabulary(AgreementApprovalTest.CATALOGUE, ORGANISATIONS, TODAY),
                "Northshire County Council", Instant.parse("2026-12-07T09:00:00Z"), TODAY);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            fill(book.getSheet("Agreement"), ImportTemplates.agreementColumns(), List.of(agreement), date);
            fill(book.getSheet("Flows"), ImportTemplates.flowColumns(), flows, date);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XSSFSheet sheet, List<ImportColumn> columns, List<Map<ImportColumn, Object>> rows, CellStyle date) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (Map.Entry<ImportColumn, Object> e : rows.get(r).entrySet()) {
                Cell cell = row.createCell(columns.indexOf(e.getKey()));
                if (e.getValue() instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (e.getValue() instanceof String s && s.startsWith("=")) {
                    cell.setCellFormula(s.substring(1));
                } else {
                    cell.setCellValue(String.valueOf(e.getValue()));
                }
            }
        }
    }

    ImportPlan read(byte[] xlsx, long importer) {
        return validation.workbook(SpreadsheetCells.readXlsx(xlsx, ImportValidation.MAX_FLOWS + 1, "sheet"), importer);
    }

    List<ImportProblem> problems(byte[] xlsx) {
        return assertThrows(ImportRejectedException.class, () -> read(xlsx, COUNCIL)).problems();
    }

    static ImportProblem at(List<ImportProblem> problems, String sheet, int row, String column) {
        return problems.stream().filter(p -> p.sheet().equals(sheet) && p.row() == row
                        && (column == null ? p.column() == null : column.equals(p.column()))).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + sheet + " row " + row + " " + column + " in " + problems));
    }

    @Test
    void theTemplateHasDropDownListsOfTheCatalogueAndThePartnershipInWords() throws IOException {
        byte[] template = ImportTemplates.xlsx(words, "Northshire County Council", Instant.EPOCH, TODAY);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertEquals(List.of("How to fill in", "Agreement", "Flows", "Lists"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)));
            assertTrue(book.isSheetHidden(3), "the lists behind the drop-downs are out of the way");
            XSSFSheet lists = book.getSheet("Lists");
            List<String> headings = new ArrayList<>();
            lists.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
            assertTrue(headings.containsAll(List.of("Organisations", "Data categories", "Purpose", "Transfer method",
                    "Article 6 lawful bases", "Article 9 condition", "Schedule 1 condition (Article 9)", "Article 10 authority",
                    "Regime")), headings.toString());
            List<String> organisations = new ArrayList<>();
            for (int r = 1; r <= lists.getLastRowNum(); r++) {
                Cell cell = lists.getRow(r).getCell(0);
                if (cell != null && !cell.getStringCellValue().isEmpty()) {
                    organisations.add(cell.getStringCellValue());
                }
            }
            assertEquals(List.of("Northshire County Council", "Northshire Police", "Riverside Primary School"), organisations);
            int categories = headings.indexOf("Data categories");
            List<String> categoryLabels = new ArrayList<>();
            for (int r = 1; r <= lists.getLastRowNum(); r++) {
                Cell cell = lists.getRow(r).getCell(categories);
                if (cell != null && !cell.getStringCellValue().isEmpty()) {
                    categoryLabels.add(cell.getStringCellValue());
                }
            }
            assertTrue(categoryLabels.contains("Identifiers and contact details"), "labels people understand: " + categoryLabels);
            assertFalse(categoryLabels.contains("IDENTIFIERS_CONTACT"), "not codes");
            assertEquals(18, categoryLabels.size(), categoryLabels.toString());
            XSSFSheet flows = book.getSheet("Flows");
            assertEquals(ImportTemplates.flowColumns().stream().filter(c -> c.kind() != ImportColumn.Kind.TEXT).count(),
                    flows.getDataValidations().size());
            assertTrue(flows.getDataValidations().stream().anyMatch(v -> v.getValidationConstraint().getFormula1()
                    .startsWith("'Lists'!$A$2")), "organisation columns list the partnership");
            assertEquals(1, book.getSheet("Agreement").getDataValidations().size(), "the lead organisation");
        }
        String csv = ImportTemplates.csv();
        assertTrue(csv.startsWith("Your reference,Title,Lead organisation,In force from,Review date,End date,"
                + "Purpose of the agreement,Benefits,From organisation,To organisation,Both ways,"), csv);
    }

    @Test
    void aValidWorkbookGivesThePlanWithThePartiesLeadFirstAndEveryFlow() throws IOException {
        Map<ImportColumn, Object> back = flow();
        back.put(ImportColumn.FROM_ORGANISATION, "Northshire County Council");
        back.put(ImportColumn.TO_ORGANISATION, "Riverside Primary School");
        back.put(ImportColumn.DATA_CATEGORIES, "Identifiers and contact details; Social care");
        back.put(ImportColumn.PURPOSE, "EARLY_HELP");
        back.put(ImportColumn.STATUTORY_GATEWAYS, "CA2004-S10");
        ImportPlan plan = read(workbook(agreement(), List.of(flow(), back)), COUNCIL);
        assertEquals("NSCP-DSA-17", plan.originalReference());
        assertEquals(LocalDate.of(2025, 9, 1), plan.details().effectiveDate(), "an Excel date reads as a date");
        assertEquals(LocalDate.of(2026, 9, 1), plan.details().reviewDate(), "a typed UK date too");
        assertEquals(COUNCIL, plan.leadOrganisationId());
        assertEquals(List.of("Northshire County Council", "Riverside Primary School"), plan.partyNames());
        assertEquals(2, plan.flows().size());
        ImportPlan.PlannedFlow first = plan.flows().get(0);
        assertEquals(2, first.row());
        assertEquals("P2", first.details().sender());
        assertEquals("P1", first.details().recipient());
        assertEquals(java.util.Set.of("CHILD", "PARENT_CARER"), first.details().dataSubjects());
        assertEquals(java.util.Set.of("IDENTIFIERS_CONTACT", "EDUCATION_DATA", "SAFEGUARDING_CONCERNS"), first.details().dataCategories());
        assertEquals("CHILD_IN_NEED", first.details().purpose());
        assertEquals("SECURE_EMAIL", first.details().transferMethod());
        assertEquals(java.util.Set.of("A6-1-e"), first.details().law().lawfulBases());
        assertEquals(Regime.GENERAL, first.details().law().regime());
        assertEquals("CL-PUBLIC-INTEREST", first.details().law().confidentialityBasis());
        assertEquals("Riverside Primary School", first.from());
        assertEquals("Child in need", first.purpose());
    }

    @Test
    void everyProblemOfTheFileIsNamedBySheetRowAndColumnAndNothingElseIsChecked() throws IOException {
        Map<ImportColumn, Object> a = agreement();
        a.put(ImportColumn.IN_FORCE_FROM, "next April");
        a.put(ImportColumn.TITLE, "x".repeat(201));
        Map<ImportColumn, Object> unknownOrganisation = flow();
        unknownOrganisation.put(ImportColumn.TO_ORGANISATION, "Southshire Council");
        Map<ImportColumn, Object> unknownCategory = flow();
        unknownCategory.put(ImportColumn.DATA_CATEGORIES, "Identifiers and contact details; Shoe size");
        Map<ImportColumn, Object> noPurpose = flow();
        noPurpose.remove(ImportColumn.PURPOSE);
        Map<ImportColumn, Object> formula = flow();
        formula.put(ImportColumn.RETENTION, "=HYPERLINK(\"http://evil.example\",\"6 years\")");
        Map<ImportColumn, Object> typedFormula = flow();
        typedFormula.put(ImportColumn.NOTES, "@SUM(1+1)");
        Map<ImportColumn, Object> bothWays = flow();
        bothWays.put(ImportColumn.BOTH_WAYS, "Sometimes");
        Map<ImportColumn, Object> sameOrganisation = flow();
        sameOrganisation.put(ImportColumn.TO_ORGANISATION, "Riverside Primary School");
        Map<ImportColumn, Object> regime = flow();
        regime.put(ImportColumn.REGIME, "Police stuff");
        List<ImportProblem> problems = problems(workbook(a, List.of(flow(), unknownOrganisation, unknownCategory, noPurpose,
                formula, typedFormula, bothWays, sameOrganisation, regime)));
        assertTrue(at(problems, "Agreement", 2, "In force from").message().contains("\"next April\" is not a date"));
        assertEquals("D2", at(problems, "Agreement", 2, "In force from").cell());
        assertTrue(at(problems, "Agreement", 2, "Title").message().contains("200 characters"));
        assertTrue(at(problems, "Flows", 3, "To organisation").message()
                .contains("\"Southshire Council\" is not an organisation of the partnership"));
        assertTrue(at(problems, "Flows", 4, "Data categories").message().contains("\"Shoe size\" is not one of the choices"));
        assertEquals("Flows!E4", at(problems, "Flows", 4, "Data categories").place());
        assertEquals("Fill this in.", at(problems, "Flows", 5, "Purpose").message());
        assertTrue(at(problems, "Flows", 6, "Retention at the recipient").message().contains("holds a formula"));
        assertTrue(at(problems, "Flows", 7, "Notes").message().contains("holds a formula"));
        assertTrue(at(problems, "Flows", 8, "Both ways").message().contains("neither Yes nor No"));
        assertTrue(at(problems, "Flows", 9, "To organisation").message().contains("from one organisation to another"));
        assertTrue(at(problems, "Flows", 10, "Regime").message().contains("is not a regime"));
        assertEquals(10, problems.size(), problems.toString());
        ImportRejectedException rejected = assertThrows(ImportRejectedException.class, () -> read(workbook(a, List.of(flow())), COUNCIL));
        assertTrue(rejected.errors().stream().anyMatch(e -> e.field().equals("Agreement!D2")
                && e.message().startsWith("Agreement, row 2, column \"In force from\": ")), rejected.errors().toString());
    }

    @Test
    void theComplianceRulesPlaceTheirErrorsOnTheFlowsRowAndColumn() throws IOException {
        Map<ImportColumn, Object> health = flow();
        health.put(ImportColumn.DATA_CATEGORIES, "Identifiers and contact details; HEALTH_DATA");
        Map<ImportColumn, Object> criminal = flow();
        criminal.put(ImportColumn.DATA_CATEGORIES, "CRIMINAL_OFFENCE");
        Map<ImportColumn, Object> noBasis = flow();
        noBasis.remove(ImportColumn.ARTICLE_6_BASES);
        List<ImportProblem> problems = problems(workbook(agreement(), List.of(flow(), health, criminal, noBasis)));
        assertTrue(at(problems, "Flows", 3, "Article 9 condition").message().contains("Article 9"), problems.toString());
        assertTrue(at(problems, "Flows", 4, "Article 10 authority").message().contains("Article 10"), problems.toString());
        at(problems, "Flows", 5, "Article 6 lawful bases");
        assertTrue(problems.stream().noneMatch(p -> p.row() == 2 && p.sheet().equals("Flows")), "the valid flow is clean");

        Map<ImportColumn, Object> fixed = flow();
        fixed.put(ImportColumn.DATA_CATEGORIES, "Identifiers and contact details; HEALTH_DATA");
        fixed.put(ImportColumn.ARTICLE_9_CONDITION, "Reasons of substantial public interest");
        fixed.put(ImportColumn.SCHEDULE_1_CONDITION, "Safeguarding of children and of individuals at risk");
        ImportPlan plan = read(workbook(agreement(), List.of(fixed)), COUNCIL);
        assertEquals("A9-2-g", plan.flows().get(0).details().law().specialCategory().condition());
        assertEquals("S1-P2-18", plan.flows().get(0).details().law().specialCategory().schedule());
    }

    @Test
    void theSheetsAndHeadingsMustBeTheTemplatesAndTheImporterAParty() throws IOException {
        Map<ImportColumn, Object> f = flow();
        List<ImportProblem> notAParty = assertThrows(ImportRejectedException.class,
                () -> read(workbook(agreement(), List.of(f)), POLICE)).problems();
        assertTrue(at(notAParty, "Agreement", 2, "Lead organisation").message().contains("Northshire Police"));

        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row heading = book.createSheet("Agreement").createRow(0);
            heading.createCell(0).setCellValue("Title");
            heading.createCell(1).setCellValue("Colour");
            book.write(out);
            List<ImportProblem> problems = problems(out.toByteArray());
            assertTrue(at(problems, "Flows", 0, null).message().contains("no sheet named \"Flows\""), problems.toString());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row a = book.createSheet("Agreement").createRow(0);
            a.createCell(0).setCellValue("Title");
            a.createCell(1).setCellValue("Colour");
            book.createSheet("Flows").createRow(0).createCell(0).setCellValue("From organisation");
            book.write(out);
            List<ImportProblem> problems = problems(out.toByteArray());
            assertEquals("B1", at(problems, "Agreement", 1, "Colour").cell());
            assertTrue(at(problems, "Agreement", 1, "Lead organisation").message().contains("missing"));
            at(problems, "Flows", 1, "Purpose");
        }
    }

    static String csvRow(Map<ImportColumn, Object> values) {
        return java.util.Arrays.stream(ImportColumn.values()).map(c -> values.containsKey(c)
                ? "\"" + String.valueOf(values.get(c)).replace("\"", "\"\"") + "\"" : "").collect(java.util.stream.Collectors.joining(","));
    }

    @Test
    void aCsvReadsLikeTheWorkbookWithTheAgreementOnItsFirstRow() {
        String header = ImportTemplates.csv().strip();
        Map<ImportColumn, Object> first = new EnumMap<>(agreement());
        first.remove(ImportColumn.REVIEW_DATE);
        first.put(ImportColumn.IN_FORCE_FROM, "2025-09-01");
        first.putAll(flow());
        Map<ImportColumn, Object> second = flow();
        second.put(ImportColumn.DATA_CATEGORIES, "EDUCATION_DATA");
        second.put(ImportColumn.REGIME, "General processing (UK GDPR)");
        second.put(ImportColumn.NOTES, "Termly, in writing");
        ImportPlan plan = validation.csv(SpreadsheetCells.readCsv(("\uFEFF" + header + "\r\n" + csvRow(first) + "\r\n"
                + csvRow(second) + "\r\n").getBytes(StandardCharsets.UTF_8), 10, "Flows", "sheet"), COUNCIL);
        assertEquals(2, plan.flows().size());
        assertEquals(LocalDate.of(2026, 9, 1), plan.details().reviewDate(), "a year after it took effect");
        assertEquals("Termly, in writing", plan.flows().get(1).details().notes());
        assertEquals(3, plan.flows().get(1).row());

        Map<ImportColumn, Object> differs = new EnumMap<>(second);
        differs.put(ImportColumn.REFERENCE, "OTHER-REF");
        List<ImportProblem> problems = assertThrows(ImportRejectedException.class, () -> validation.csv(SpreadsheetCells.readCsv(
                (header + "\n" + csvRow(first) + "\n" + csvRow(differs) + "\n").getBytes(StandardCharsets.UTF_8), 10,
                "Flows", "sheet"), COUNCIL)).problems();
        assertTrue(at(problems, "Flows", 3, "Your reference").message().contains("differs from row 2"), problems.toString());
        assertEquals("Flows!A3", at(problems, "Flows", 3, "Your reference").place());
    }

    @Test
    void theMachineReadableCopyOfAConcordatPdfReadsAsRowsAndItsProblemsNameItsFields() {
        AgreementCopyImport.CopiedFlowDetails details = new AgreementCopyImport.CopiedFlowDetails("P2", "P1", false, java.util.Set.of("CHILD"),
                java.util.Set.of("EDUCATION_DATA"), "CHILD_IN_NEED", null, "SECURE_EMAIL", "Until the child is 25", "GENERAL",
                java.util.Set.of("A6-1-e"), null, null, null, null, null, null, null, null, java.util.Set.of("CA1989-S17"), null,
                "CL-PUBLIC-INTEREST", "From the other system");
        // Ids are the other installation's: organisations are matched by name.
        List<AgreementCopyImport.CopiedParty> parties = List.of(new AgreementCopyImport.CopiedParty("P1", 901L, "Northshire County Council"),
                new AgreementCopyImport.CopiedParty("P2", 905L, "Riverside Primary School"));
        AgreementCopyImport.CopiedAgreement copy = new AgreementCopyImport.CopiedAgreement("concordat.agreement-version/1", "DSA-2025-0007",
                "Children in need", null, null, LocalDate.of(2025, 9, 1), null, null, 901L, parties,
                List.of(new AgreementCopyImport.CopiedFlow("F1", details)));
        ImportPlan plan = validation.csv(AgreementCopyImport.rows(copy), COUNCIL);
        assertEquals("DSA-2025-0007", plan.originalReference());
        assertEquals(COUNCIL, plan.leadOrganisationId());
        assertEquals("From the other system", plan.flows().get(0).details().notes());
        assertEquals("Riverside Primary School", plan.flows().get(0).from());

        AgreementCopyImport.CopiedFlowDetails wrong = new AgreementCopyImport.CopiedFlowDetails("P2", "P1", false, java.util.Set.of("CHILD"),
                java.util.Set.of("SHOE_SIZE"), "CHILD_IN_NEED", null, "SECURE_EMAIL", "Until the child is 25", "GENERAL",
                java.util.Set.of("A6-1-e"), null, null, null, null, null, null, null, null, java.util.Set.of("CA1989-S17"), null,
                "CL-PUBLIC-INTEREST", null);
        AgreementCopyImport.CopiedAgreement bad = new AgreementCopyImport.CopiedAgreement("concordat.agreement-version/1", "DSA-2025-0007", "",
                null, null, LocalDate.of(2025, 9, 1), null, null, 901L, parties,
                List.of(new AgreementCopyImport.CopiedFlow("F1", details), new AgreementCopyImport.CopiedFlow("F2", wrong)));
        ImportRejectedException rejected = AgreementCopyImport.rejected(assertThrows(ImportRejectedException.class,
                () -> validation.csv(AgreementCopyImport.rows(bad), COUNCIL)));
        List<String> fields = rejected.errors().stream().map(org.concordat.shared.domain.FieldError::field).toList();
        assertEquals(List.of("title", "flows[1].dataCategories"), fields, rejected.errors().toString());
    }

    @Test
    void hostileFilesAreRefusedWithAMessage() throws IOException {
        InvalidInputException text = assertThrows(InvalidInputException.class,
                () -> SpreadsheetCells.readXlsx("Title,Lead\nx,y\n".getBytes(StandardCharsets.UTF_8), 10, "sheet"));
        assertTrue(text.getMessage().contains("not an Excel workbook"), text.getMessage());

        byte[] ole = new byte[512];
        ole[0] = (byte) 0xD0; ole[1] = (byte) 0xCF; ole[2] = 0x11; ole[3] = (byte) 0xE0;
        assertTrue(assertThrows(InvalidInputException.class, () -> SpreadsheetCells.readXlsx(ole, 10, "sheet"))
                .getMessage().contains("old Excel file"));

        byte[] template = workbook(agreement(), List.of(flow()));
        byte[] xlsm = rezip(template, "xl/vbaProject.bin", new byte[] {1, 2, 3}, false);
        assertTrue(assertThrows(InvalidInputException.class, () -> SpreadsheetCells.readXlsx(xlsm, 10, "sheet"))
                .getMessage().contains("macros"));
        byte[] macroType = rezip(template, null, null, true);
        assertTrue(assertThrows(InvalidInputException.class, () -> SpreadsheetCells.readXlsx(macroType, 10, "sheet"))
                .getMessage().contains("macros"));

        // A zip bomb: 200 MB of zeros squeezed into a few hundred kilobytes, as one part of an otherwise real workbook.
        byte[] bomb = rezip(template, "xl/media/padding.bin", null, false);
        long started = System.nanoTime();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SpreadsheetCells.readXlsx(bomb, 10, "sheet"));
        assertTrue(refused.getMessage().contains("would unpack to more than"), refused.getMessage());
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "refused before inflating it all");

        List<Map<ImportColumn, Object>> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(flow());
        }
        byte[] tooMany = workbook(agreement(), many);
        assertTrue(assertThrows(InvalidInputException.class, () -> SpreadsheetCells.readXlsx(tooMany, 10, "sheet"))
                .getMessage().contains("more than 10 rows"));

        assertTrue(assertThrows(InvalidInputException.class, () -> SpreadsheetCells.readCsv(template, 10, "Flows", "sheet"))
                .getMessage().contains("not a CSV"), "a workbook sent as CSV");
        assertTrue(assertThrows(InvalidInputException.class, () -> SpreadsheetCells.readCsv("%PDF-1.7\n".getBytes(
                StandardCharsets.ISO_8859_1), 10, "Flows", "sheet")).getMessage().contains("not a CSV"));
        assertTrue(assertThrows(InvalidInputException.class, () -> SpreadsheetCells.readCsv("a,\"b\nc".getBytes(
                StandardCharsets.UTF_8), 10, "Flows", "sheet")).getMessage().contains("not a CSV"), "an unclosed quote");
        StringBuilder rows = new StringBuilder(ImportTemplates.csv());
        for (int i = 0; i < 11; i++) {
            rows.append("x\r\n");
        }
        assertTrue(assertThrows(InvalidInputException.class, () -> SpreadsheetCells.readCsv(rows.toString()
                .getBytes(StandardCharsets.UTF_8), 10, "Flows", "sheet")).getMessage().contains("more than 10 rows"));

        assertTrue(AgreementImports.isPdf("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(AgreementImports.isPdf(template), "a workbook is no PDF");
        assertFalse(AgreementImports.isPdf("%PDF-1.7 but cut short".getBytes(StandardCharsets.ISO_8859_1)));
        assertThrows(InvalidInputException.class, () -> AgreementImports.Format.of("agreement.xlsm"));
        assertThrows(InvalidInputException.class, () -> AgreementImports.Format.of("agreement.pdf"));
        assertEquals(AgreementImports.Format.CSV, AgreementImports.Format.of("Agreement.CSV"));
    }

    /**
     * The workbook again, with one part added (given bytes, or 200 MB of zeros when null) or its main part declared as
     * a macro-enabled workbook.
     */
    static byte[] rezip(byte[] xlsx, String addName, byte[] addBytes, boolean macroEnabled) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (macroEnabled && entry.getName().equals("[Content_Types].xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                            "application/vnd.ms-excel.sheet.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            if (addName != null) {
                zip.putNextEntry(new ZipEntry(addName));
                if (addBytes != null) {
                    zip.write(addBytes);
                } else {
                    byte[] zeros = new byte[1024 * 1024];
                    for (int i = 0; i < 200; i++) {
                        zip.write(zeros);
                    }
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
