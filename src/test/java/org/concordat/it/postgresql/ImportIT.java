package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agreements signed outside Concordat, brought in over the API on PostgreSQL (issue 20, part 3): the templates, a file
 * with one bad cell refused with that cell named and nothing stored, hostile files refused with the server carrying on,
 * an import of three parties that route checks do not count until the last party has confirmed it and count at once
 * afterwards (the change feed), the confirmations in the audit trail, the database refusing to rewrite what was
 * imported, who may do what; and the time to check and import 500 flows.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    private static final Logger LOG = Logger.getLogger(ImportIT.class.getName());
    private static final byte[] PDF = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    record World(String council, String school, String police, long councilId, long schoolId, long policeId,
                 long trustId, Partnership.Member councilLead, Partnership.Member schoolLead,
                 Partnership.Member policeSignatory, Partnership.Member schoolPractitioner,
                 Partnership.Member trustLead) {
    }

    static World world;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void partnership() throws Exception {
        if (world == null) {
            Partnership p = Partnership.asAdministrator(base.toURI());
            String council = Partnership.unique("Import Council");
            String school = Partnership.unique("Import School");
            String police = Partnership.unique("Import Police");
            long councilId = id(p.createOrganisation(council, "LOCAL_AUTHORITY", true));
            long schoolId = id(p.createOrganisation(school, "EDUCATION", true));
            long policeId = id(p.createOrganisation(police, "POLICE", true));
            long trustId = id(p.createOrganisation(Partnership.unique("Import Trust"), "HEALTH", true));
            world = new World(council, school, police, councilId, schoolId, policeId, trustId,
                    p.createMember(councilId, "IG_LEAD"), p.createMember(schoolId, "IG_LEAD"),
                    p.createMember(policeId, "SIGNATORY"), p.createMember(schoolId, "PRACTITIONER"),
                    p.createMember(trustId, "IG_LEAD"));
        }
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    // ---- HTTP with bytes

    private HttpResponse<byte[]> get(Partnership.Member who, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).header("Authorization", "Bearer " + who.token())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Api.Response upload(Partnership.Member who, String query, String sheetName, byte[] sheet, String documentName,
                                byte[] document) throws Exception {
        String boundary = "----concordat" + System.nanoTime();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        part(form, boundary, "sheet", sheetName, sheet);
        part(form, boundary, "document", documentName, document);
        form.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/agreements/imports" + query))
                .header("Authorization", "Bearer " + who.token()).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return new Api.Response(response.statusCode(), response.body(), response);
    }

    private static void part(ByteArrayOutputStream form, String boundary, String name, String fileName, byte[] content)
            throws IOException {
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.write(content);
        form.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    // ---- the file, filled in as a person would

    private Map<String, String> agreement(String title) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("Your reference", "OLD-" + title.hashCode());
        a.put("Title", title);
        a.put("Lead organisation", world.council());
        a.put("In force from", "01/04/2026");
        a.put("Review date", "2027-04-01");
        return a;
    }

    private Map<String, String> flow(String from, String to) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("From organisation", from);
        f.put("To organisation", to);
        f.put("Data subjects", "Child");
        f.put("Data categories", "EDUCATION_DATA; Social care");
        f.put("Purpose", "Child in need");
        f.put("Transfer method", "Secure email");
        f.put("Retention at the recipient", "Until the child is 25");
        f.put("Article 6 lawful bases", "Public task");
        f.put("Statutory gateways", "CA1989-S17");
        f.put("Common law confidentiality", "Overriding public interest");
        return f;
    }

    private byte[] workbook(Map<String, String> agreement, List<Map<String, String>> flows) throws Exception {
        HttpResponse<byte[]> template = get(world.councilLead(), "/api/v1/agreements/imports/templates/xlsx");
        assertEquals(200, template.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.body()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book.getSheet("Agreement"), List.of(agreement));
            fill(book.getSheet("Flows"), flows);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XSSFSheet sheet, List<Map<String, String>> rows) {
        List<String> headings = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (Map.Entry<String, String> e : rows.get(r).entrySet()) {
                int column = headings.indexOf(e.getKey());
                assertTrue(column >= 0, "the template has the column " + e.getKey());
                Cell cell = row.createCell(column);
                cell.setCellValue(e.getValue());
            }
        }
    }

    private JsonObject routeCheck() {
        Api.Response answer = world.schoolPractitioner().api().post("/api/v1/route-checks", Json.createObjectBuilder()
                .add("toOrganisationId", world.councilId()).add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA")).add("purpose", "CHILD_IN_NEED").build());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static long count(String sql, Object... params) {
        return ((Number) Database.single(sql, params)).longValue();
    }

    // ---- the tests

    @Test
    void theTemplatesAreForIgLeadsWithThePartnershipInTheirLists() throws Exception {
        HttpResponse<byte[]> xlsx = get(world.councilLead(), "/api/v1/agreements/imports/templates/xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet lists = book.getSheet("Lists");
            List<String> organisations = new ArrayList<>();
            for (int r = 1; r <= lists.getLastRowNum(); r++) {
                Cell cell = lists.getRow(r).getCell(0);
                if (cell != null) {
                    organisations.add(cell.getStringCellValue());
                }
            }
            assertTrue(organisations.containsAll(List.of(world.council(), world.school(), world.police())), organisations.toString());
            assertFalse(book.getSheet("Flows").getDataValidations().isEmpty());
        }
        HttpResponse<byte[]> csv = get(world.councilLead(), "/api/v1/agreements/imports/templates/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("Your reference,Title,Lead organisation,"));
        assertEquals(403, get(world.schoolPractitioner(), "/api/v1/agreements/imports/templates/xlsx").statusCode());
        assertEquals(404, get(world.councilLead(), "/api/v1/agreements/imports/templates/ods").statusCode());
    }

    @Test
    void oneBadCellSavesNothingAndNamesThatCell() throws Exception {
        long imports = count("select count(*) from agreement_import");
        long agreements = count("select count(*) from agreement where lead_organisation_id = ?", world.councilId());
        List<Map<String, String>> flows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            flows.add(flow(world.school(), world.council()));
        }
        flows.get(6).put("Data categories", "EDUCATION_DATA; Shoe size");
        Api.Response refused = upload(world.councilLead(), "", "bad.xlsx", workbook(agreement("One bad cell"), flows), "signed.pdf", PDF);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        List<JsonObject> errors = refused.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(1, errors.size(), refused.body());
        assertEquals("Flows!E8", errors.get(0).getString("field"));
        assertTrue(errors.get(0).getString("message").startsWith("Flows, row 8, column \"Data categories\": \"Shoe size\" is not"),
                errors.get(0).getString("message"));
        assertEquals(imports, count("select count(*) from agreement_import"), "nothing stored");
        assertEquals(agreements, count("select count(*) from agreement where lead_organisation_id = ?", world.councilId()));

        // The rules engine: special category data with no Article 9 condition, on its row and column.
        List<Map<String, String>> health = List.of(flow(world.school(), world.council()), flow(world.school(), world.council()));
        health.get(1).put("Data categories", "HEALTH_DATA");
        Api.Response rules = upload(world.councilLead(), "", "health.xlsx", workbook(agreement("Health"), health), "signed.pdf", PDF);
        assertEquals(400, rules.status(), rules.body());
        assertTrue(rules.body().contains("\"Flows!"), rules.body());
        assertTrue(rules.body().contains("Flows, row 3, column \\\"Article 9 condition\\\""), rules.body());
        assertEquals(imports, count("select count(*) from agreement_import"), "nothing stored");
    }

    @Test
    void hostileFilesAreRefusedClearlyAndTheServerCarriesOn() throws Exception {
        byte[] good = workbook(agreement("Hostile"), List.of(flow(world.school(), world.council())));
        Api.Response text = upload(world.councilLead(), "", "agreement.xlsx", "Title,Lead\n".getBytes(StandardCharsets.UTF_8),
                "signed.pdf", PDF);
        assertEquals(400, text.status());
        assertTrue(text.body().contains("not an Excel workbook"), text.body());
        Api.Response macros = upload(world.councilLead(), "", "agreement.xlsm", good, "signed.pdf", PDF);
        assertEquals(400, macros.status());
        assertTrue(macros.body().contains("macros"), macros.body());
        Api.Response notPdf = upload(world.councilLead(), "", "agreement.xlsx", good, "signed.pdf", good);
        assertEquals(400, notPdf.status());
        assertTrue(notPdf.body().contains("must be a PDF"), notPdf.body());
        // A zip bomb: a real workbook with 200 MB of zeros in one more part.
        byte[] bomb = withPadding(good);
        Api.Response bombed = upload(world.councilLead(), "", "agreement.xlsx", bomb, "signed.pdf", PDF);
        assertEquals(400, bombed.status(), bombed.body());
        assertTrue(bombed.body().contains("would unpack to more than"), bombed.body());
        // Over the upload limit: refused before anything is read.
        byte[] big = new byte[11 * 1024 * 1024];
        Api.Response tooBig = upload(world.councilLead(), "", "agreement.xlsx", big, "signed.pdf", PDF);
        assertEquals(413, tooBig.status(), tooBig.body());
        assertEquals(200, upload(world.councilLead(), "?dryRun=true", "agreement.xlsx", good, "signed.pdf", PDF).status(),
                "the server carries on");
    }

    private static byte[] withPadding(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(9);
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void routeChecksCountTheImportOnlyOnceEveryPartyHasConfirmedIt() throws Exception {
        assertEquals("NOT_COVERED", routeCheck().getString("outcome"), "no agreement yet");
        List<Map<String, String>> flows = List.of(flow(world.school(), world.council()), flow(world.police(), world.council()));
        Api.Response imported = upload(world.councilLead(), "", "children-in-need.xlsx",
                workbook(agreement("Children in need, signed on paper"), flows), "signed-2026.pdf", PDF);
        assertEquals(201, imported.status(), imported.body());
        JsonObject version = imported.json();
        long versionId = version.getJsonNumber("versionId").longValue();
        assertEquals("APPROVED", version.getString("status"));
        assertEquals(3, version.getJsonArray("parties").size(), "the lead, the school and the police");
        assertEquals(2, version.getJsonArray("flows").size());
        assertEquals("IMPORTED", Database.single("select origin from agreement_version where id = ?", versionId));

        JsonObject status = world.councilLead().api().get("/api/v1/agreements/imports/" + versionId).json();
        assertEquals(1, status.getInt("confirmed"), "the importing organisation confirms by importing");
        assertFalse(status.getBoolean("complete"));
        assertEquals(64, status.getString("documentSha256").length());
        HttpResponse<byte[]> pdf = get(world.schoolLead(), "/api/v1/agreements/imports/" + versionId + "/document.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(java.util.Arrays.equals(PDF, pdf.body()), "the signed PDF, kept as uploaded");
        assertEquals(routeCheck().getString("outcome"), "NOT_COVERED", "1 of 3: not counted");
        String asked = "Please confirm an agreement brought in: ";
        assertTrue(world.policeSignatory().api().get("/api/v1/notifications").body().contains(asked),
                "the other parties are asked to confirm, in their inbox");
        assertTrue(world.schoolLead().api().get("/api/v1/notifications").body().contains(asked));
        assertFalse(world.councilLead().api().get("/api/v1/notifications").body().contains(asked), "not the importer");

        // Who may confirm: a party's IG lead or signatory, once; not a practitioner, not another organisation.
        assertEquals(403, world.schoolPractitioner().api().post("/api/v1/agreements/imports/" + versionId + "/confirmations", null).status());
        assertEquals(404, world.trustLead().api().post("/api/v1/agreements/imports/" + versionId + "/confirmations", null).status());
        assertEquals(404, world.trustLead().api().get("/api/v1/agreements/imports/" + versionId).status());
        assertEquals(404, get(world.trustLead(), "/api/v1/agreements/imports/" + versionId + "/document.pdf").statusCode());
        assertEquals(400, world.councilLead().api().post("/api/v1/agreements/imports/" + versionId + "/confirmations", null).status(),
                "the council has confirmed already");

        Api.Response police = world.policeSignatory().api().post("/api/v1/agreements/imports/" + versionId + "/confirmations", null);
        assertEquals(201, police.status(), police.body());
        assertEquals(2, police.json().getInt("confirmed"));
        assertEquals("NOT_COVERED", routeCheck().getString("outcome"), "2 of 3: still not counted");

        Api.Response school = world.schoolLead().api().post("/api/v1/agreements/imports/" + versionId + "/confirmations", null);
        assertEquals(201, school.status(), school.body());
        assertTrue(school.json().getBoolean("complete"));
        JsonObject covered = routeCheck();
        assertEquals("COVERED", covered.getString("outcome"), "3 of 3: counted at once");
        assertTrue(world.councilLead().api().get("/api/v1/notifications").body().contains("Confirmed by every party: "),
                "every party hears that it now counts");
        assertEquals(version.getString("reference"), covered.getJsonArray("coveredBy").getJsonObject(0).getString("reference"));

        // The audit trail: the import and each confirmation.
        List<String> actions = Database.query("select action from audit_event where subject_type = 'AgreementVersion'"
                + " and subject_id = ? order by id", String.valueOf(versionId)).stream().map(r -> (String) r.get("action")).toList();
        assertEquals(List.of("AGREEMENT_IMPORTED", "AGREEMENT_IMPORT_CONFIRMED", "AGREEMENT_IMPORT_CONFIRMED"), actions);

        // What was imported cannot be rewritten, even by hand.
        assertThrows(SQLException.class, () -> Database.execute("update agreement_version set title = 'Rewritten' where id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("update agreement_version set origin = 'CONCORDAT' where id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("delete from agreement_import_confirmation where agreement_version_id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("update agreement_import set document_sha256 = 'x' where agreement_version_id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("update agreement_flow set purpose = 'MAPPA' where agreement_version_id = ?", versionId));
    }

    @Test
    void anAgreementMovesInAsTheMachineReadableCopyOfAConcordatPdf() {
        JsonObject flow = Json.createObjectBuilder().add("key", "F1").add("details", Json.createObjectBuilder()
                .add("sender", "P2").add("recipient", "P1").add("bothWays", false)
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                .add("purpose", "EARLY_HELP").add("transferMethod", "SECURE_EMAIL").add("retention", "Until the child is 25")
                .add("regime", "GENERAL").add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                .add("statutoryGateways", Json.createArrayBuilder().add("CA2004-S10"))
                .add("confidentialityBasis", "CL-PUBLIC-INTEREST")).build();
        // As another installation wrote it: its own ids, the organisations' names.
        JsonObject copy = Json.createObjectBuilder().add("format", "concordat.agreement-version/1").add("agreementId", 77)
                .add("reference", "DSA-2024-0077").add("versionId", 701).add("number", 2).add("status", "APPROVED")
                .add("title", "Early help, moved from the old system").add("effectiveDate", "2025-01-06")
                .add("reviewDate", "2026-01-06").add("leadOrganisationId", 9001)
                .add("parties", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("key", "P1").add("organisationId", 9001).add("organisationName", world.council()))
                        .add(Json.createObjectBuilder().add("key", "P2").add("organisationId", 9005).add("organisationName", world.school())))
                .add("flows", Json.createArrayBuilder().add(flow)).build();
        String pdf = java.util.Base64.getEncoder().encodeToString(PDF);
        JsonObject body = Json.createObjectBuilder().add("agreement", copy).add("documentFileName", "early-help.pdf")
                .add("document", pdf).build();
        Api.Response checked = world.councilLead().api().post("/api/v1/agreements/imports?dryRun=true", body);
        assertEquals(200, checked.status(), checked.body());
        assertEquals(List.of(world.council(), world.school()), checked.json().getJsonArray("parties").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        Api.Response created = world.councilLead().api().post("/api/v1/agreements/imports", body);
        assertEquals(201, created.status(), created.body());
        long versionId = created.json().getJsonNumber("versionId").longValue();
        assertEquals("DSA-2024-0077", world.councilLead().api().get("/api/v1/agreements/imports/" + versionId).json()
                .getString("originalReference"));

        JsonObject wrongFlow = Json.createObjectBuilder(flow).add("details", Json.createObjectBuilder(flow.getJsonObject("details"))
                .add("dataCategories", Json.createArrayBuilder().add("SHOE_SIZE"))).build();
        JsonObject wrong = Json.createObjectBuilder(body).add("agreement", Json.createObjectBuilder(copy)
                .add("flows", Json.createArrayBuilder().add(wrongFlow))).build();
        Api.Response refused = world.councilLead().api().post("/api/v1/agreements/imports", wrong);
        assertEquals(400, refused.status(), refused.body());
        assertEquals("flows[0].dataCategories", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                refused.body());
    }

    @Test
    void onlyIgLeadsImportAndOnlyAgreementsTheirOrganisationSigned() throws Exception {
        byte[] file = workbook(agreement("Not theirs"), List.of(flow(world.school(), world.council())));
        assertEquals(403, upload(world.schoolPractitioner(), "", "a.xlsx", file, "signed.pdf", PDF).status());
        assertEquals(403, upload(world.policeSignatory(), "", "a.xlsx", file, "signed.pdf", PDF).status());
        Api.Response trust = upload(world.trustLead(), "", "a.xlsx", file, "signed.pdf", PDF);
        assertEquals(400, trust.status(), trust.body());
        assertTrue(trust.body().contains("is neither the lead nor in any flow"), trust.body());
    }

    @Test
    void fiveHundredFlowsAreCheckedAndImportedInSeconds() throws Exception {
        List<Map<String, String>> flows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Map<String, String> f = flow(i % 2 == 0 ? world.school() : world.police(), world.council());
            f.put("Notes", "Flow " + (i + 1));
            flows.add(f);
        }
        byte[] file = workbook(agreement("Five hundred flows"), flows);
        long started = System.nanoTime();
        Api.Response checked = upload(world.councilLead(), "?dryRun=true", "five-hundred.xlsx", file, "signed.pdf", PDF);
        long checkedMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, checked.status(), checked.body());
        assertEquals(500, checked.json().getJsonArray("flows").size());
        started = System.nanoTime();
        Api.Response imported = upload(world.councilLead(), "", "five-hundred.xlsx", file, "signed.pdf", PDF);
        long importedMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(201, imported.status(), imported.body());
        assertEquals(500, imported.json().getJsonArray("flows").size());
        LOG.info("event=import_500_flows file_bytes=" + file.length + " check_ms=" + checkedMs + " check_and_import_ms=" + importedMs);
        System.out.println("IMPORT-BENCH flows=500 file_bytes=" + file.length + " dry_run_ms=" + checkedMs
                + " check_and_import_ms=" + importedMs);
        assertTrue(importedMs < 30_000, "in seconds: " + importedMs + " ms");
    }
}
