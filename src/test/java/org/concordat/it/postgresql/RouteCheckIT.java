package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Route checks over the API against agreements built, submitted and approved through the API: what is covered,
 * partly covered and not covered, and that a practitioner checks only from their own organisation and learns
 * nothing about agreements it is not party to; and that changes made straight in the database reach the in-memory
 * read models before the next answer.
 */
@ExtendWith(ArquillianExtension.class)
class RouteCheckIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    /**
     * A council, a school, the police and a charity; an approved agreement (council, school, police) in force since
     * 1 April 2026 with one flow, the school's education and social care information about a child to the council
     * for a child in need, one way; a draft (never submitted) between the council and the charity; and a health
     * trust party to neither. Built once: no test changes it.
     */
    record World(long council, long school, long police, long charity, long trust, JsonObject agreement,
                 String draftReference, Partnership.Member schoolPractitioner, Partnership.Member councilPractitioner,
                 Partnership.Member trustPractitioner) {
    }

    static World world;

    Partnership partnership;

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        if (world == null) {
            world = build();
        }
    }

    private World build() {
        long council = organisation("Route Council", "LOCAL_AUTHORITY", true);
        long school = organisation("Route School", "EDUCATION", true);
        long police = organisation("Route Police", "POLICE", true);
        long charity = organisation("Route Charity", "VOLUNTARY", false);
        long trust = organisation("Route Health Trust", "HEALTH", true);
        Partnership.Member lead = partnership.createMember(council, "IG_LEAD");
        // The lead's organisation is party P1; the others follow in order: the school is P2.
        JsonObject agreement = approved(lead, List.of(school, police), "Children in need",
                flow("P2", "P1", "CHILD_IN_NEED", "EDUCATION_DATA", "SOCIAL_CARE"));
        JsonObject draft = draft(lead, List.of(charity), "Early help with the charity",
                flow("P1", "P2", "CHILD_IN_NEED", "EDUCATION_DATA", "SOCIAL_CARE"));
        return new World(council, school, police, charity, trust, agreement, draft.getString("reference"),
                partnership.createMember(school, "PRACTITIONER"), partnership.createMember(council, "PRACTITIONER"),
                partnership.createMember(trust, "PRACTITIONER"));
    }

    private long organisation(String name, String sector, boolean publicAuthority) {
        return partnership.createOrganisation(Partnership.unique(name), sector, publicAuthority).getJsonNumber("id").longValue();
    }

    /** A lawful, complete flow (as in AgreementApprovalIT) between two parties, one way. */
    private static JsonObjectBuilder flow(String sender, String recipient, String purpose, String... categories) {
        JsonArrayBuilder cats = Json.createArrayBuilder();
        for (String c : categories) {
            cats.add(c);
        }
        return Json.createObjectBuilder().add("sender", sender).add("recipient", recipient)
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD")).add("dataCategories", cats)
                .add("purpose", purpose).add("transferMethod", "SECURE_EMAIL").add("retention", "Until the child is 25")
                .add("regime", "GENERAL").add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                .add("confidentialityBasis", "CL-PUBLIC-INTEREST");
    }

    private static JsonObject draft(Partnership.Member lead, List<Long> others, String title, JsonObjectBuilder flow) {
        long template = lead.api().get("/api/v1/templates").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        JsonArrayBuilder parties = Json.createArrayBuilder();
        others.forEach(o -> parties.add(Json.createObjectBuilder().add("organisationId", o).add("role", "CONTROLLER")));
        JsonObject draft = lead.api().post("/api/v1/agreements", Json.createObjectBuilder().add("templateVersionId", template)
                .add("title", title).add("effectiveDate", "2026-04-01").add("parties", parties).build()).json();
        Api.Response flowed = lead.api().post("/api/v1/agreements/versions/" + draft.getJsonNumber("versionId").longValue()
                + "/flows", Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue())
                .add("flow", flow).build());
        assertEquals(201, flowed.status(), flowed.body());
        return flowed.json();
    }

    /** Drafted by the lead, submitted, and approved by a signatory of every party. */
    private JsonObject approved(Partnership.Member lead, List<Long> others, String title, JsonObjectBuilder flow) {
        JsonObject ready = draft(lead, others, title, flow);
        assertTrue(ready.getBoolean("canSubmit"), ready.getJsonObject("compliance").toString());
        long versionId = ready.getJsonNumber("versionId").longValue();
        Api.Response submitted = lead.api().post("/api/v1/agreements/versions/" + versionId + "/submission",
                Json.createObjectBuilder().add("lockVersion", ready.getJsonNumber("lockVersion").longValue()).build());
        assertEquals(200, submitted.status(), submitted.body());
        JsonObject last = null;
        for (long party : ready.getJsonArray("parties").stream().map(p -> p.asJsonObject().getJsonNumber("organisationId")
                .longValue()).toList()) {
            Api.Response decided = partnership.createMember(party, "SIGNATORY").api().post("/api/v1/agreements/versions/"
                    + versionId + "/decisions", Json.createObjectBuilder().add("decision", "APPROVED").build());
            assertEquals(201, decided.status(), decided.body());
            last = decided.json();
        }
        assertEquals("APPROVED", last.getString("status"));
        assertTrue(last.getBoolean("inForce"));
        return last;
    }

    private static JsonObjectBuilder check(long to, String purpose, String... categories) {
        JsonArrayBuilder cats = Json.createArrayBuilder();
        for (String c : categories) {
            cats.add(c);
        }
        return Json.createObjectBuilder().add("toOrganisationId", to)
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD")).add("dataCategories", cats)
                .add("purpose", purpose);
    }

    private static JsonObject answer(Partnership.Member practitioner, JsonObjectBuilder check) {
        Api.Response response = practitioner.api().post("/api/v1/route-checks", check.build());
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static Set<String> reasonCodes(JsonObject answer) {
        return answer.getJsonArray("reasons").stream().map(r -> r.asJsonObject().getString("code")).collect(Collectors.toSet());
    }

    private static List<String> codes(JsonObject answer, String field) {
        return answer.getJsonArray(field).stream().map(t -> t.asJsonObject().getString("code")).toList();
    }

    @Test
    void theExactRouteIsCoveredWithTheAgreementTheLawAndHowToSend() {
        JsonObject a = answer(world.schoolPractitioner(), check(world.council(), "CHILD_IN_NEED", "EDUCATION_DATA", "SOCIAL_CARE"));
        assertEquals("COVERED", a.getString("outcome"));
        assertTrue(a.getString("headline").startsWith("Covered:"), a.getString("headline"));
        JsonObject flow = a.getJsonArray("coveredBy").getJsonObject(0);
        JsonObject agreement = world.agreement();
        assertEquals(agreement.getString("reference"), flow.getString("reference"));
        assertEquals(1, flow.getInt("versionNumber"));
        assertEquals("F1", flow.getString("flowKey"));
        assertEquals("2026-04-01", flow.getString("inForceSince"));
        assertFalse(flow.getBoolean("reviewOverdue"));
        assertEquals("A6-1-e", flow.getJsonArray("lawfulBases").getJsonObject(0).getString("code"));
        assertFalse(flow.getJsonArray("lawfulBases").getJsonObject(0).getString("citation").isBlank());
        assertFalse(flow.getJsonArray("statutoryGateways").getJsonObject(0).getString("citation").isBlank(),
                "the statutory power, with its citation");
        assertEquals("SECURE_EMAIL", flow.getJsonObject("transferMethod").getString("code"));
        assertEquals("Until the child is 25", flow.getString("retention"));
        long versionId = agreement.getJsonNumber("versionId").longValue();
        assertEquals("/app/agreement.xhtml?id=" + versionId, flow.getString("page"));
        assertEquals(200, world.schoolPractitioner().api().get(flow.getString("agreementLink")).status(),
                "the link leads to the agreement, which a party may read");
        WebSession.Page signed = world.schoolPractitioner().web().get(flow.getString("signedDocumentPage"));
        assertEquals(200, signed.status(), "the practitioner can open the signed agreement from the answer");
        assertTrue(signed.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("/api/v1/agreements/versions/" + versionId + "/document.pdf", flow.getString("signedDocument"));
        assertEquals(0, a.getJsonArray("reasons").size());
        assertEquals(0, a.getJsonArray("dpoContacts").size());
        assertEquals(world.school(), a.getJsonObject("question").getJsonObject("from").getJsonNumber("id").longValue(),
                "from the practitioner's own organisation");
    }

    @Test
    void anExtraCategoryIsPartlyCovered() {
        JsonObject a = answer(world.schoolPractitioner(), check(world.council(), "CHILD_IN_NEED", "EDUCATION_DATA", "HEALTH_DATA"));
        assertEquals("PARTLY_COVERED", a.getString("outcome"));
        assertEquals(List.of("EDUCATION_DATA"), codes(a, "coveredCategories"));
        assertEquals(List.of("HEALTH_DATA"), codes(a, "uncoveredCategories"));
        assertEquals(Set.of("CATEGORY_NOT_INCLUDED"), reasonCodes(a));
        assertEquals("[\"HEALTH_DATA\"]", a.getJsonArray("reasons").getJsonObject(0).getJsonArray("items").toString(),
                "a reason names its codes; the question explains them");
        assertFalse(a.getJsonArray("dpoContacts").isEmpty(), "whom to ask about the rest");
    }

    @Test
    void theReverseOfAOneWayFlowIsNotCovered() {
        JsonObject a = answer(world.councilPractitioner(), check(world.school(), "CHILD_IN_NEED", "EDUCATION_DATA"));
        assertEquals("NOT_COVERED", a.getString("outcome"));
        assertEquals(Set.of("ONLY_OTHER_DIRECTION"), reasonCodes(a));
    }

    @Test
    void anotherPurposeIsNotCovered() {
        JsonObject a = answer(world.schoolPractitioner(), check(world.council(), "MAPPA", "EDUCATION_DATA"));
        assertEquals("NOT_COVERED", a.getString("outcome"));
        assertEquals(Set.of("PURPOSE_NOT_INCLUDED"), reasonCodes(a));
    }

    @Test
    void noAgreementWithTheCharityAndWhatToDoInAnEmergency() {
        JsonObject a = answer(world.schoolPractitioner(), check(world.charity(), "CHILD_IN_NEED", "EDUCATION_DATA")
                .add("emergency", true));
        assertEquals("NOT_COVERED", a.getString("outcome"));
        assertEquals(Set.of("NO_AGREEMENT"), reasonCodes(a));
        assertEquals("EMERGENCY_SHARE_NOW", a.getJsonArray("whatToDoNow").getJsonObject(0).getString("key"));
        assertTrue(a.getJsonArray("goldenRules").stream().anyMatch(r -> r.asJsonObject().getInt("number") == 7),
                "record the decision");
        assertEquals("dpo@example.org", a.getJsonArray("dpoContacts").getJsonObject(0).getString("email"),
                "the DPO on the school's record");
    }

    @Test
    void noAgreementIsNeverARefusalAndTheAnswerSaysNoAgreementIsNeededToRefer() {
        JsonObject a = answer(world.schoolPractitioner(), check(world.charity(), "CHILD_IN_NEED", "EDUCATION_DATA"));
        assertEquals("NOT_COVERED", a.getString("outcome"));
        assertTrue(a.getString("headline").contains("That does not mean you must not share"), a.getString("headline"));
        List<String> steps = a.getJsonArray("whatToDoNow").stream().map(s -> s.asJsonObject().getString("key")).toList();
        assertEquals(List.of("REFER_WITHOUT_AN_AGREEMENT", "DECIDE_WITHOUT_AN_AGREEMENT", "ASK_THE_DPO",
                "ASK_FOR_AN_AGREEMENT"), steps);
        String refer = a.getJsonArray("whatToDoNow").getJsonObject(0).getString("text");
        assertTrue(refer.contains("No agreement is needed to make a referral"), refer);
        assertTrue(refer.contains("children's social care or the police"), refer);
        assertEquals(List.of("LAWFUL_BASIS", "NECESSARY_AND_PROPORTIONATE", "CONSENT_ONLY_WHERE_APPROPRIATE"),
                a.getJsonArray("questionsToDecide").stream().map(q -> q.asJsonObject().getString("key")).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), a.getJsonArray("goldenRules").stream()
                .map(r -> r.asJsonObject().getInt("number")).toList(), "engaging the family (2) and protecting identities (5) too");
        assertEquals("CHILD", a.getString("atRisk"));
    }

    @Test
    void aboutAnAdultAtRiskTheAnswerSpeaksOfTheCareAct() {
        JsonObject a = answer(world.schoolPractitioner(), Json.createObjectBuilder()
                .add("toOrganisationId", world.charity())
                .add("dataSubjects", Json.createArrayBuilder().add("ADULT_AT_RISK"))
                .add("dataCategories", Json.createArrayBuilder().add("HEALTH_DATA"))
                .add("purpose", "DOMESTIC_ABUSE_RISK"));
        assertEquals("ADULT", a.getString("atRisk"));
        String refer = a.getJsonArray("whatToDoNow").getJsonObject(0).getString("text");
        assertTrue(refer.contains("Care Act 2014 section 42") && refer.contains("No agreement is needed"), refer);
    }

    @Test
    void aDraftNeverCoversAndStaysInvisible() {
        Api.Response response = world.councilPractitioner().api().post("/api/v1/route-checks",
                check(world.charity(), "CHILD_IN_NEED", "EDUCATION_DATA").build());
        JsonObject a = response.json();
        assertEquals("NOT_COVERED", a.getString("outcome"));
        assertEquals(Set.of("NO_AGREEMENT"), reasonCodes(a));
        assertFalse(response.body().contains(world.draftReference()), "nothing of the draft leaks");
    }

    @Test
    void aPractitionerOfAnOrganisationNotPartyLearnsNothing() {
        for (long to : List.of(world.council(), world.school())) {
            Api.Response response = world.trustPractitioner().api().post("/api/v1/route-checks",
                    check(to, "CHILD_IN_NEED", "EDUCATION_DATA").build());
            assertEquals(200, response.status());
            assertEquals(Set.of("NO_AGREEMENT"), reasonCodes(response.json()));
            assertFalse(response.body().contains(world.agreement().getString("reference")), response.body());
        }
    }

    @Test
    void aRecipientNotListedIsNotCovered() {
        JsonObject a = answer(world.schoolPractitioner(), Json.createObjectBuilder().add("notListed", true)
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA")).add("purpose", "CHILD_IN_NEED"));
        assertEquals("NOT_COVERED", a.getString("outcome"));
        assertEquals(Set.of("RECIPIENT_NOT_LISTED"), reasonCodes(a));
    }

    @Test
    void aCheckFromAnotherOrganisationIsRefused() {
        Api.Response refused = world.schoolPractitioner().api().post("/api/v1/route-checks",
                check(world.police(), "CHILD_IN_NEED", "EDUCATION_DATA").add("fromOrganisationId", world.council()).build());
        assertEquals(403, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(200, world.schoolPractitioner().api().post("/api/v1/route-checks",
                check(world.police(), "CHILD_IN_NEED", "EDUCATION_DATA").add("fromOrganisationId", world.school()).build())
                .status(), "naming one's own organisation is fine");
    }

    @Test
    void badInputNamesTheFieldAndNoTokenIsRefused() throws Exception {
        Api.Response unknown = world.schoolPractitioner().api().post("/api/v1/route-checks",
                check(world.council(), "CHILD_IN_NEED", "SHOE_SIZE").build());
        assertEquals(400, unknown.status());
        assertEquals("application/problem+json", unknown.contentType());
        JsonObject error = unknown.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("dataCategories", error.getString("field"));
        assertTrue(error.getString("message").startsWith("SHOE_SIZE is not a data category"), error.toString());

        Api.Response noBody = world.schoolPractitioner().api().send("POST", "/api/v1/route-checks", "null");
        assertEquals(400, noBody.status(), noBody.body());
        assertEquals("body", noBody.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        String padded = "{\"purpose\": \"CHILD_IN_NEED\", \"padding\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        Api.Response tooLarge = world.schoolPractitioner().api().send("POST", "/api/v1/route-checks", padded);
        assertEquals(413, tooLarge.status(), "refused before it is read");
        assertEquals("application/problem+json", tooLarge.contentType());
        assertTrue(tooLarge.json().getString("detail").contains("accepts JSON bodies of up to 10485760 bytes"),
                tooLarge.body());

        Api.Response anonymous = new Api(base.toURI(), null).post("/api/v1/route-checks",
                check(world.council(), "CHILD_IN_NEED", "EDUCATION_DATA").build());
        assertEquals(401, anonymous.status());
    }

    @Test
    void aTerminatedAgreementNoLongerCovers() {
        long council = organisation("Ending Council", "LOCAL_AUTHORITY", true);
        long school = organisation("Ending School", "EDUCATION", true);
        Partnership.Member lead = partnership.createMember(council, "IG_LEAD");
        Partnership.Member practitioner = partnership.createMember(school, "PRACTITIONER");
        JsonObject agreement = approved(lead, List.of(school), "Ending soon",
                flow("P2", "P1", "CHILD_IN_NEED", "EDUCATION_DATA", "SOCIAL_CARE"));
        assertEquals("COVERED", answer(practitioner, check(council, "CHILD_IN_NEED", "EDUCATION_DATA")).getString("outcome"));

        Api.Response terminated = lead.api().post("/api/v1/agreements/versions/" + agreement.getJsonNumber("versionId").longValue()
                + "/termination", Json.createObjectBuilder().add("date", "2026-11-01").add("reason", "The service closed.").build());
        assertEquals(200, terminated.status(), terminated.body());

        JsonObject a = answer(practitioner, check(council, "CHILD_IN_NEED", "EDUCATION_DATA"));
        assertEquals("NOT_COVERED", a.getString("outcome"));
        assertEquals(Set.of("AGREEMENT_TERMINATED"), reasonCodes(a));
        JsonObject reason = a.getJsonArray("reasons").getJsonObject(0);
        assertEquals(agreement.getString("reference"), reason.getString("reference"));
        assertEquals("2026-11-01", reason.getString("date"));
        assertTrue(reason.getString("text").contains("1 November 2026"), reason.getString("text"));
    }

    /**
     * The answers come from read models kept in memory: whatever is committed before a check, through the application
     * or straight in the database, is in its answer. Each change below is made in SQL, as a script would.
     */
    @Test
    void changesMadeStraightInTheDatabaseAreInTheNextAnswer() throws Exception {
        long council = organisation("Straight Council", "LOCAL_AUTHORITY", true);
        long school = organisation("Straight School", "EDUCATION", true);
        Partnership.Member lead = partnership.createMember(council, "IG_LEAD");
        Partnership.Member practitioner = partnership.createMember(school, "PRACTITIONER");
        JsonObject agreement = approved(lead, List.of(school), "Changed under the model",
                flow("P2", "P1", "CHILD_IN_NEED", "EDUCATION_DATA", "SOCIAL_CARE"));
        long versionId = agreement.getJsonNumber("versionId").longValue();
        JsonObject waiting = draft(lead, List.of(school), "Waiting for approval",
                flow("P2", "P1", "CHILD_IN_NEED", "EDUCATION_DATA"));
        long waitingId = waiting.getJsonNumber("versionId").longValue();
        assertEquals(200, lead.api().post("/api/v1/agreements/versions/" + waitingId + "/submission",
                Json.createObjectBuilder().add("lockVersion", waiting.getJsonNumber("lockVersion").longValue()).build())
                .status());
        // A builder empties itself when built: a fresh one for each request.
        Supplier<JsonObjectBuilder> route = () -> check(council, "CHILD_IN_NEED", "EDUCATION_DATA");
        assertEquals("COVERED", answer(practitioner, route.get()).getString("outcome"));

        String renamed = Partnership.unique("Renamed Council");
        assertEquals(1, Database.execute("update organisation set name = ? where id = ?", renamed, council));
        assertEquals(renamed, answer(practitioner, route.get()).getJsonObject("question").getJsonObject("to").getString("name"));

        assertEquals(1, Database.execute("update agreement_version set status = 'TERMINATED', terminated_on = current_date,"
                + " termination_reason = 'Ended by a script' where id = ?", versionId));
        JsonObject ended = answer(practitioner, route.get());
        assertEquals("NOT_COVERED", ended.getString("outcome"));
        assertTrue(reasonCodes(ended).contains("AGREEMENT_TERMINATED"), ended.toString());

        // The change feed forgotten (as after a week): the model cannot catch up change by change and reloads whole.
        Database.execute("delete from read_model_change");
        assertEquals(1, Database.execute("update agreement_version set status = 'APPROVED', approved_at = now()"
                + " where id = ? and status = 'SUBMITTED'", waitingId));
        JsonObject approvedByScript = answer(practitioner, route.get());
        assertEquals("COVERED", approvedByScript.getString("outcome"));
        assertEquals(waiting.getString("reference"),
                approvedByScript.getJsonArray("coveredBy").getJsonObject(0).getString("reference"));

        assertEquals(1, Database.execute("update app_user set active = false where id = ?", practitioner.id()));
        assertEquals(401, practitioner.api().post("/api/v1/route-checks", route.get().build()).status());
        assertEquals(1, Database.execute("update app_user set active = true where id = ?", practitioner.id()));
        assertEquals(200, practitioner.api().post("/api/v1/route-checks", route.get().build()).status());
        assertEquals(1, Database.execute("update api_token set revoked_at = now() where user_id = ?", practitioner.id()));
        assertEquals(401, practitioner.api().post("/api/v1/route-checks", route.get().build()).status());
    }

    /** One generation per transaction, however many rows it changes; each thing changed listed once under it. */
    @Test
    void theChangeFeedListsEachTransactionOnceInCommitOrder() throws Exception {
        long organisation = organisation("Feed Council", "LOCAL_AUTHORITY", true);
        Partnership.Member member = partnership.createMember(organisation, "IG_LEAD");
        long before = ((Number) Database.single("select generation from read_model_generation")).longValue();
        // One statement string, one transaction: three updates of two tables.
        Database.execute("update organisation set dpo_phone = '01000 000001' where id = ?;"
                + " update organisation set dpo_phone = '01000 000002' where id = ?;"
                + " update app_user set job_title = 'Lead' where id = ?", organisation, organisation, member.id());
        long after = ((Number) Database.single("select generation from read_model_generation")).longValue();
        assertEquals(before + 1, after);
        assertEquals(List.of("organisation:" + organisation, "user:" + member.id()), Database.query(
                "select topic, item_id from read_model_change where generation = ? order by topic", after).stream()
                .map(r -> r.get("topic") + ":" + r.get("item_id")).toList());
        // A token's "last used" changes nothing a read model holds: not noted.
        Database.execute("update api_token set last_used_at = now() where user_id = ?", member.id());
        assertEquals(after, ((Number) Database.single("select generation from read_model_generation")).longValue());
    }
}
