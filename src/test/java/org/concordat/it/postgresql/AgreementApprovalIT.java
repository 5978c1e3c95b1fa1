package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.SigningOutbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Submission and decisions: errors block, only a party's own signatory decides, every decision counts. */
@ExtendWith(ArquillianExtension.class)
class AgreementApprovalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;
    long council;
    long school;
    long police;
    Partnership.Member lead;

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("Approval Council"), "LOCAL_AUTHORITY", true).getJsonNumber("id").longValue();
        school = partnership.createOrganisation(Partnership.unique("Approval School"), "EDUCATION", true).getJsonNumber("id").longValue();
        police = partnership.createOrganisation(Partnership.unique("Approval Police"), "POLICE", true).getJsonNumber("id").longValue();
        lead = partnership.createMember(council, "IG_LEAD");
    }

    /** A draft with one lawful flow from the council to the school, the police a party too. */
    private JsonObject readyDraft() {
        long template = lead.api().get("/api/v1/templates").array().stream().map(t -> t.asJsonObject())
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject draft = lead.api().post("/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", template).add("title", "Children in need").add("effectiveDate", "2026-04-01")
                .add("parties", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("organisationId", school).add("role", "CONTROLLER"))
                        .add(Json.createObjectBuilder().add("organisationId", police).add("role", "CONTROLLER")))
                .build()).json();
        Api.Response flowed = lead.api().post("/api/v1/agreements/versions/" + draft.getJsonNumber("versionId").longValue() + "/flows",
                Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("flow",
                        Json.createObjectBuilder().add("sender", "P1").add("recipient", "P2")
                                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA").add("SOCIAL_CARE"))
                                .add("purpose", "CHILD_IN_NEED").add("transferMethod", "SECURE_EMAIL")
                                .add("retention", "Until the child is 25").add("regime", "GENERAL")
                                .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                                .add("confidentialityBasis", "CL-PUBLIC-INTEREST")).build());
        assertEquals(201, flowed.status(), flowed.body());
        JsonObject ready = flowed.json();
        assertTrue(ready.getBoolean("canSubmit"), ready.getJsonObject("compliance").toString());
        return ready;
    }

    private Api.Response submit(JsonObject version) {
        return lead.api().post("/api/v1/agreements/versions/" + version.getJsonNumber("versionId").longValue() + "/submission",
                Json.createObjectBuilder().add("lockVersion", version.getJsonNumber("lockVersion").longValue()).build());
    }

    private static Api.Response decide(Partnership.Member signatory, long versionId, String decision, String comment) {
        var body = Json.createObjectBuilder().add("decision", decision);
        if (comment != null) {
            body.add("comment", comment);
        }
        return signatory.api().post("/api/v1/agreements/versions/" + versionId + "/decisions", body.build());
    }

    @Test
    void errorsBlockSubmission() {
        long template = lead.api().get("/api/v1/templates").array().getJsonObject(0).getJsonArray("versions")
                .getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject empty = lead.api().post("/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", template).add("title", "Nothing yet").build()).json();
        Api.Response refused = submit(empty);
        assertEquals(400, refused.status());
        assertTrue(refused.json().getJsonArray("errors").getJsonObject(0).getString("message").startsWith("This version cannot be submitted"));
    }

    @Test
    void changesRequestedReturnTheVersionToItsAuthorsThenEveryPartyApproves() {
        JsonObject ready = readyDraft();
        long versionId = ready.getJsonNumber("versionId").longValue();
        JsonObject submitted = submit(ready).json();
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals(400, lead.api().put("/api/v1/agreements/versions/" + versionId, Json.createObjectBuilder()
                .add("lockVersion", submitted.getJsonNumber("lockVersion").longValue()).add("title", "Changed after submission").build()).status(),
                "a submitted version is frozen");

        Partnership.Member councilSignatory = partnership.createMember(council, "SIGNATORY");
        Partnership.Member schoolSignatory = partnership.createMember(school, "SIGNATORY");
        Partnership.Member policeSignatory = partnership.createMember(police, "SIGNATORY");
        Partnership.Member schoolLead = partnership.createMember(school, "IG_LEAD");

        assertEquals(403, decide(schoolLead, versionId, "APPROVED", null).status(), "only a signatory decides");
        assertEquals(400, decide(policeSignatory, versionId, "CHANGES_REQUESTED", " ").status(), "a request for changes says what");
        assertEquals(201, decide(schoolSignatory, versionId, "APPROVED", null).status());
        assertEquals(400, decide(schoolSignatory, versionId, "APPROVED", null).status(), "one decision per party per submission");
        JsonObject back = decide(policeSignatory, versionId, "CHANGES_REQUESTED", "Add the retention at the police.").json();
        assertEquals("DRAFT", back.getString("status"));

        JsonObject seenByLead = lead.api().get("/api/v1/agreements/versions/" + versionId).json();
        assertTrue(seenByLead.getJsonArray("decisions").stream().anyMatch(d ->
                "Add the retention at the police.".equals(d.asJsonObject().getString("comment", null))), "the authors see the comment");

        JsonObject resubmitted = submit(seenByLead).json();
        assertEquals(2, resubmitted.getInt("submissionRound"));
        assertEquals("SUBMITTED", decide(councilSignatory, versionId, "APPROVED", null).json().getString("status"));
        assertEquals("SUBMITTED", decide(schoolSignatory, versionId, "APPROVED", null).json().getString("status"));
        JsonObject approved = decide(policeSignatory, versionId, "APPROVED", null).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertTrue(approved.getBoolean("inForce"), "effective from 1 April 2026, so in force today");
        assertEquals(5L, Database.single("select count(*) from agreement_decision where agreement_version_id = ?", versionId));
        assertEquals(400, lead.api().put("/api/v1/agreements/versions/" + versionId, Json.createObjectBuilder()
                .add("lockVersion", approved.getJsonNumber("lockVersion").longValue()).add("title", "Rewritten").build()).status(),
                "an approved version is immutable");
    }

    @Test
    void anAmendmentReplacesTheApprovedVersionOnlyWhenItIsApprovedAndATerminationKeepsItsReason() {
        JsonObject submitted = submit(readyDraft()).json();
        long v1 = submitted.getJsonNumber("versionId").longValue();
        long agreementId = submitted.getJsonNumber("agreementId").longValue();
        List<Partnership.Member> signatories = List.of(partnership.createMember(council, "SIGNATORY"),
                partnership.createMember(school, "SIGNATORY"), partnership.createMember(police, "SIGNATORY"));
        signatories.forEach(s -> assertEquals(201, decide(s, v1, "APPROVED", null).status()));

        Api.Response amended = lead.api().post("/api/v1/agreements/" + agreementId + "/versions", null);
        assertEquals(201, amended.status(), amended.body());
        JsonObject v2 = amended.json();
        assertEquals(2, v2.getInt("number"));
        assertEquals("DRAFT", v2.getString("status"));
        assertEquals("F1", v2.getJsonArray("flows").getJsonObject(0).getString("key"), "flows keep their keys");
        assertEquals(400, lead.api().post("/api/v1/agreements/" + agreementId + "/versions", null).status(), "one amendment at a time");

        Partnership.Member schoolLead = partnership.createMember(school, "IG_LEAD");
        JsonObject seenBySchool = schoolLead.api().get("/api/v1/agreements/" + agreementId).json();
        assertEquals(1, seenBySchool.getInt("number"), "a party sees the approved version while the amendment is drafted");

        long v2Id = v2.getJsonNumber("versionId").longValue();
        assertEquals(0, lead.api().get("/api/v1/agreements/" + agreementId + "/comparison?from=1&to=2").array().size(),
                "an untouched amendment changes nothing");
        JsonObject retitled = lead.api().put("/api/v1/agreements/versions/" + v2Id, Json.createObjectBuilder()
                .add("lockVersion", v2.getJsonNumber("lockVersion").longValue()).add("title", "Children in need, amended")
                .add("effectiveDate", "2026-04-01").build()).json();
        var comparison = lead.api().get("/api/v1/agreements/" + agreementId + "/comparison?from=1&to=2").array();
        assertEquals(1, comparison.size(), comparison.toString());
        assertEquals("title", comparison.getJsonObject(0).getString("field"));
        assertEquals(404, schoolLead.api().get("/api/v1/agreements/" + agreementId + "/comparison?from=1&to=2").status(),
                "the draft amendment is not the school's to see yet");
        v2 = retitled;
        JsonObject v2Submitted = submit(v2).json();
        assertEquals("SUBMITTED", v2Submitted.getString("status"));
        signatories.forEach(s -> assertEquals(201, decide(s, v2Id, "APPROVED", null).status()));
        assertEquals("SUPERSEDED", Database.single("select status from agreement_version where id = ?", v1));
        assertEquals("APPROVED", Database.single("select status from agreement_version where id = ?", v2Id));

        Api.Response noReason = lead.api().post("/api/v1/agreements/versions/" + v2Id + "/termination",
                Json.createObjectBuilder().add("date", "2026-12-31").build());
        assertEquals(400, noReason.status());
        JsonObject terminated = lead.api().post("/api/v1/agreements/versions/" + v2Id + "/termination",
                Json.createObjectBuilder().add("date", "2026-12-31").add("reason", "The service was recommissioned.").build()).json();
        assertEquals("TERMINATED", terminated.getString("status"));
        assertEquals("The service was recommissioned.", terminated.getString("terminationReason"));
        assertEquals(404, schoolLead.api().post("/api/v1/agreements/versions/" + v2Id + "/termination",
                Json.createObjectBuilder().add("date", "2026-12-31").add("reason", "Not ours").build()).status());
    }

    @Test
    void signatoriesDecidingAtTheSameInstantAllCountAndTheVersionIsApprovedOnce() throws Exception {
        JsonObject submitted = submit(readyDraft()).json();
        long versionId = submitted.getJsonNumber("versionId").longValue();
        List<Partnership.Member> signatories = List.of(partnership.createMember(council, "SIGNATORY"),
                partnership.createMember(school, "SIGNATORY"), partnership.createMember(police, "SIGNATORY"));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> decisions = signatories.stream().<Callable<Integer>>map(s ->
                    () -> decide(s, versionId, "APPROVED", null).status()).toList();
            for (var result : pool.invokeAll(decisions)) {
                assertEquals(201, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("APPROVED", Database.single("select status from agreement_version where id = ?", versionId));
        assertEquals(3L, Database.single("select count(*) from agreement_decision where agreement_version_id = ?", versionId));
        assertEquals(1L, Database.single("select count(*) from audit_event where subject_id = ? and summary like ?",
                Long.toString(versionId), "%every party has approved%"));

        // Signed after the commits, by workers running side by side (one started by each approval, and the sweep):
        // every approval exactly once, one after another on the same document.
        SigningOutbox.awaitSigned(versionId);
        assertEquals(3L, Database.single("select count(*) from signing_outbox where agreement_version_id = ? and state = 'SIGNED'",
                versionId));
        List<java.util.Map<String, Object>> signatures = Database.query("select s.sequence_number, s.organisation_id,"
                + " s.certification from document_signature s join signed_document d on d.id = s.signed_document_id"
                + " where d.agreement_version_id = ? order by s.sequence_number", versionId);
        assertEquals(List.of(1, 2, 3), signatures.stream().map(r -> ((Number) r.get("sequence_number")).intValue()).toList());
        assertEquals(java.util.Set.of(council, school, police), signatures.stream()
                .map(r -> ((Number) r.get("organisation_id")).longValue()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of(true, false, false), signatures.stream().map(r -> (Boolean) r.get("certification")).toList(),
                "only the first signature certifies the document");
        assertEquals(Database.query("select organisation_id from agreement_decision where agreement_version_id = ? order by"
                + " id", versionId).stream().map(r -> ((Number) r.get("organisation_id")).longValue()).toList(),
                signatures.stream().map(r -> ((Number) r.get("organisation_id")).longValue()).toList(),
                "signed in the order the approvals were recorded");
        assertEquals(3L, Database.single("select count(*) from audit_event where subject_id = ? and action = 'DOCUMENT_SIGNED'",
                Long.toString(versionId)));
    }
}
