package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.it.support.Api;
import org.concordat.it.support.Browser;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lists at partnership scale (issue 23 part 2) on PostgreSQL: who sees which agreement or DPIA at which version,
 * each filter (the status tags worked out in SQL agree with the ones Java works out), the search, the orders,
 * the pages (none repeated or skipped), bad parameters refused by name — over the API and in the browser, where the
 * address keeps the filter from page to page.
 */
@ExtendWith(ArquillianExtension.class)
class ListsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    static final LocalDate TODAY = LocalDate.now();

    Partnership partnership;
    long council;
    long school;
    String schoolName;
    long health;
    String healthName;
    Partnership.Member councilLead;
    Partnership.Member councilSignatory;
    Partnership.Member schoolSignatory;
    Partnership.Member schoolLead;
    Partnership.Member healthLead;
    long template;

    private void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("List Council"), "LOCAL_AUTHORITY", true).getJsonNumber("id").longValue();
        schoolName = Partnership.unique("List School");
        school = partnership.createOrganisation(schoolName, "EDUCATION", true).getJsonNumber("id").longValue();
        healthName = Partnership.unique("Zephyr Health");
        health = partnership.createOrganisation(healthName, "HEALTH", true).getJsonNumber("id").longValue();
        councilLead = partnership.createMember(council, "IG_LEAD");
        councilSignatory = partnership.createMember(council, "SIGNATORY");
        schoolSignatory = partnership.createMember(school, "SIGNATORY");
        schoolLead = partnership.createMember(school, "IG_LEAD");
        healthLead = partnership.createMember(health, "IG_LEAD");
        template = councilLead.api().get("/api/v1/templates").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void theListIsSearchedFilteredSortedAndPagedByTheDatabase() throws Exception {
        partnership();
        long awaiting = id(partnership.submittedAgreement(councilLead, school, "Attendance and welfare", TODAY.minusDays(30).toString()));
        long returned = id(partnership.submittedAgreement(councilLead, school, "Early help referrals", TODAY.minusDays(30).toString()));
        decide(schoolSignatory, returned, "CHANGES_REQUESTED", "Please name the DSL.");
        long draft = draft(councilLead, "Youth justice referrals", school, flow("A9-2-g", "S1-P2-18"));
        long overdue = approved("Missing children", TODAY.minusDays(400), TODAY.minusDays(10));
        long due = approved("Health visiting", TODAY.minusDays(300), TODAY.plusDays(30));
        long notYet = approved("Breakfast club", TODAY.plusDays(20), TODAY.plusDays(400));
        long elsewhere = draft(healthLead, "Hospital discharge", school, flow(null, null), TODAY.minusDays(5), TODAY.plusDays(360));
        submit(healthLead, elsewhere);

        // Who sees what: the lead's IG lead everything it leads; its signatory no drafts; the school what it is a party
        // to once submitted (never the council's drafts, nor a version returned to them); the health body its own.
        assertEquals(Set.of(awaiting, returned, draft, overdue, due, notYet), Set.copyOf(versions(councilLead, "")));
        assertEquals(Set.of(awaiting, overdue, due, notYet), Set.copyOf(versions(councilSignatory, "")));
        assertEquals(Set.of(awaiting, overdue, due, notYet, elsewhere), Set.copyOf(versions(schoolLead, "")));
        assertEquals(List.of(elsewhere), versions(healthLead, ""));

        // Each status filter gives the agreements whose tag (worked out by Java from the same row) is that status.
        Map<String, Long> expected = Map.of("AWAITING_APPROVAL", awaiting, "CHANGES_REQUESTED", returned, "DRAFT", draft,
                "REVIEW_OVERDUE", overdue, "REVIEW_DUE", due, "NOT_YET_IN_FORCE", notYet);
        for (var e : expected.entrySet()) {
            JsonArray rows = list(councilLead, "status=" + e.getKey());
            assertEquals(List.of(e.getValue()), versionIds(rows), e.getKey());
            rows.forEach(r -> assertEquals(e.getKey(), r.asJsonObject().getString("tag")));
        }
        assertEquals(List.of(), versionIds(list(councilLead, "status=in_force")), "none in force without a review soon");

        // Search: the reference, words of the title (any case), a party's name, the name of a flow's purpose; the
        // wildcards of SQL are only characters.
        String reference = list(councilLead, "status=REVIEW_DUE").getJsonObject(0).getString("reference");
        assertEquals(List.of(due), versionIds(list(councilLead, "q=" + enc(reference))));
        assertEquals(List.of(awaiting), versionIds(list(councilLead, "q=WELFARE")));
        assertEquals(List.of(elsewhere), versionIds(list(schoolLead, "q=" + enc(healthName.substring(0, 12)))));
        assertEquals(Set.of(awaiting, returned, overdue, due, notYet),
                Set.copyOf(versionIds(list(councilLead, "q=" + enc("child in need")))), "the purpose's name");
        assertEquals(List.of(), versionIds(list(councilLead, "q=%25")));
        assertEquals(List.of(), versionIds(list(councilLead, "q=_")));
        JsonObject row = list(councilLead, "q=welfare").getJsonObject(0);
        assertEquals(2, row.getJsonArray("parties").size(), row.toString());

        // Party, Art 6 basis and Art 9 condition.
        assertEquals(List.of(elsewhere), versionIds(list(schoolLead, "party=" + health)));
        assertEquals(Set.of(awaiting, returned, overdue, due, notYet, draft), Set.copyOf(versionIds(list(councilLead, "basis=A6-1-e"))));
        assertEquals(List.of(), versionIds(list(councilLead, "basis=A6-1-a")));
        assertEquals(List.of(draft), versionIds(list(councilLead, "condition=A9-2-g")));
        assertEquals(List.of(draft), versionIds(list(councilLead, "condition=A9-2-g&basis=A6-1-e&status=DRAFT&party=" + school)));

        // Orders: title A to Z; review date soonest first, none last; newest first by default.
        List<String> titles = list(councilLead, "sort=TITLE").stream().map(r -> r.asJsonObject().getString("title")).toList();
        assertEquals(titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), titles);
        JsonArray byReview = list(councilLead, "sort=review_by");
        assertEquals(List.of(overdue, due), versionIds(byReview).subList(0, 2));
        List<String> reviewDates = byReview.stream().map(r -> r.asJsonObject().get("reviewDate"))
                .map(d -> d == null || d == JsonValue.NULL ? "~none" : ((jakarta.json.JsonString) d).getString()).toList();
        assertEquals(reviewDates.stream().sorted().toList(), reviewDates, "soonest first, none last");
        List<Long> newest = versionIds(list(councilLead, ""));
        assertEquals(awaiting, newest.get(newest.size() - 1), "the first started is last");

        // Pages: two at a time, every agreement once, the count and the links to the pages either side.
        List<Long> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Api.Response response = councilLead.api().get("/api/v1/agreements?sort=TITLE&size=2&page=" + page);
            assertEquals(200, response.status(), response.body());
            assertEquals("6", response.raw().headers().firstValue("X-Total-Count").orElseThrow());
            String links = String.join(",", response.raw().headers().allValues("Link"));
            assertEquals(page < 3, links.contains("rel=\"next\""), links);
            assertEquals(page > 1, links.contains("rel=\"prev\""), links);
            if (page < 3) {
                assertTrue(links.contains("page=" + (page + 1)) && links.contains("sort=TITLE"), links);
            }
            seen.addAll(versionIds(response.array()));
        }
        assertEquals(6, seen.size());
        assertEquals(6, new HashSet<>(seen).size(), "no agreement twice");
        assertEquals(titles, seen.stream().map(v -> titleOf(v)).toList());
        Api.Response past = councilLead.api().get("/api/v1/agreements?size=2&page=9");
        assertEquals(0, past.array().size());
        assertEquals("6", past.raw().headers().firstValue("X-Total-Count").orElseThrow());

        // The public register: what is in force and published, in reference order, a page at a time, found by a party's
        // name; never an agreement not yet in force, and anyone may read it.
        for (long versionId : List.of(overdue, due, notYet)) {
            long agreementId = councilLead.api().get("/api/v1/agreements/versions/" + versionId).json()
                    .getJsonNumber("agreementId").longValue();
            Api.Response shown = councilLead.api().put("/api/v1/agreements/" + agreementId + "/public-register",
                    Json.createObjectBuilder().add("shown", true).build());
            assertEquals(200, shown.status(), shown.body());
        }
        Api anyone = new Api(base.toURI(), null);
        List<String> register = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            Api.Response response = anyone.get("/api/v1/register?size=1&page=" + page + "&q=" + enc(schoolName));
            assertEquals(200, response.status(), response.body());
            assertEquals("2", response.raw().headers().firstValue("X-Total-Count").orElseThrow(), response.body());
            assertEquals(page == 1, String.join(",", response.raw().headers().allValues("Link")).contains("rel=\"next\""));
            response.array().forEach(e -> register.add(e.asJsonObject().getString("title")));
        }
        assertEquals(Set.of("Missing children", "Health visiting"), Set.copyOf(register));
        assertEquals(2, register.size());
        assertEquals(400, anyone.get("/api/v1/register?size=501").status());
        String csv = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                base.toURI().resolve("/api/v1/register.csv")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(csv.contains("Missing children") && csv.contains("Health visiting") && !csv.contains("Breakfast club"), csv);
        WebSession.Page registerPage = new WebSession(base.toURI()).get("/register.xhtml?q=" + enc(schoolName));
        assertTrue(registerPage.contains("Showing 1 to 2 of 2 agreements") && registerPage.contains("Missing children")
                && !registerPage.contains("Breakfast club"), registerPage.body());

        // Bad parameters: 400, each named; nothing else said.
        assertRefused("status=BOGUS", "status");
        assertRefused("status=ICO_CONSULTATION", "status");
        assertRefused("basis=A9-2-g", "basis");
        assertRefused("condition=nope", "condition");
        assertRefused("party=council", "party");
        assertRefused("sort=random", "sort");
        assertRefused("size=0", "size");
        assertRefused("size=501", "size");
        assertRefused("page=-1", "page");
        assertRefused("q=" + enc("a\u202Eb"), "q");
        assertRefused("q=" + "x".repeat(201), "q");
    }

    @Test
    void theDpiaListShowsEachReaderTheNewestVersionTheyMaySee() throws Exception {
        partnership();
        long agreementId = partnership.submittedAgreement(councilLead, school, "Health at the MASH", TODAY.toString())
                .getJsonNumber("agreementId").longValue();
        Api.Response started = councilLead.api().post("/api/v1/dpias", Json.createObjectBuilder().add("templateVersionId",
                dpiaTemplate()).add("title", "Early help pilot").add("agreementIds", Json.createArrayBuilder().add(agreementId)).build());
        assertEquals(201, started.status(), started.body());
        long draft = started.json().getJsonNumber("versionId").longValue();
        long awaiting = partnership.dpiaAwaitingAdvice(councilLead, "MASH health information", List.of(agreementId));
        long unlinked = partnership.dpiaAwaitingAdvice(healthLead, "Discharge planning", List.of());

        assertEquals(Set.of(draft, awaiting), Set.copyOf(dpias(councilLead, "")), "the lead's author sees its draft");
        assertEquals(List.of(awaiting), dpias(councilSignatory, ""), "not an author: no drafts");
        assertEquals(List.of(awaiting), dpias(schoolLead, ""), "a party to the agreement it assesses, once it is no draft");
        assertEquals(List.of(unlinked), dpias(healthLead, ""));

        JsonArray drafts = dpiaList(councilLead, "status=draft");
        assertEquals(List.of(draft), versionIds(drafts));
        assertEquals("DRAFT", drafts.getJsonObject(0).getString("tag"));
        JsonArray waiting = dpiaList(councilLead, "status=AWAITING_APPROVAL");
        assertEquals(List.of(awaiting), versionIds(waiting));
        assertEquals("AWAITING_APPROVAL", waiting.getJsonObject(0).getString("tag"));
        String reference = waiting.getJsonObject(0).getString("reference");
        assertEquals(List.of(awaiting), dpias(councilLead, "q=" + enc(reference.toLowerCase())));
        assertEquals(List.of(unlinked), dpias(healthLead, "q=" + enc(healthName.substring(0, 12))), "by the lead's name");
        assertEquals(Set.of(draft, awaiting), Set.copyOf(dpias(councilLead, "agreementId=" + agreementId)));
        assertEquals(List.of(), dpias(healthLead, "agreementId=" + agreementId));
        assertEquals(List.of("Early help pilot", "MASH health information"), dpiaList(councilLead, "sort=title").stream()
                .map(r -> r.asJsonObject().getString("title")).toList());

        Api.Response first = councilLead.api().get("/api/v1/dpias?size=1");
        assertEquals("2", first.raw().headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(String.join(",", first.raw().headers().allValues("Link")).contains("rel=\"next\""));
        for (String[] bad : new String[][] {{"agreementId=abc", "agreementId"}, {"status=nope", "status"}, {"sort=x", "sort"},
                {"page=0", "page"}}) {
            Api.Response refused = councilLead.api().get("/api/v1/dpias?" + bad[0]);
            assertEquals(400, refused.status(), refused.body());
            assertEquals(bad[1], refused.json().getJsonArray("errors").getJsonObject(0).getString("field"), refused.body());
        }
    }

    @Test
    void theDirectoryAndThePeopleArePagedByName() throws Exception {
        partnership();
        Api admin = partnership.admin();
        String prefix = healthName.substring(0, 12);
        Api.Response one = admin.get("/api/v1/organisations?size=1&q=" + enc(prefix));
        assertEquals(200, one.status(), one.body());
        assertEquals("1", one.raw().headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(healthName, one.array().getJsonObject(0).getString("name"));
        Api.Response firstPage = admin.get("/api/v1/organisations?size=2");
        long organisations = Long.parseLong(firstPage.raw().headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(organisations >= 3, "at least this test's three");
        assertEquals(2, firstPage.array().size());
        assertTrue(String.join(",", firstPage.raw().headers().allValues("Link")).contains("rel=\"next\""));

        // The council's people: two, by name, one a page; an IG lead lists only their own organisation's.
        Api.Response people = admin.get("/api/v1/users?size=1&organisationId=" + council);
        assertEquals("2", people.raw().headers().firstValue("X-Total-Count").orElseThrow(), people.body());
        Api.Response second = admin.get("/api/v1/users?size=1&page=2&organisationId=" + council);
        assertTrue(!people.array().getJsonObject(0).getString("email").equals(second.array().getJsonObject(0).getString("email")));
        Api.Response own = schoolLead.api().get("/api/v1/users?organisationId=" + council);
        assertEquals("2", own.raw().headers().firstValue("X-Total-Count").orElseThrow(), "the school's own two: " + own.body());
        own.array().forEach(u -> assertEquals(school, u.asJsonObject().getJsonNumber("organisationId").longValue()));

        for (String bad : List.of("/api/v1/users?size=x", "/api/v1/organisations?page=0", "/api/v1/users?q=" + enc("a\u0007b"))) {
            Api.Response refused = admin.get(bad);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
        }
    }

    private long dpiaTemplate() {
        return councilLead.api().get("/api/v1/templates").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DPIA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonArray dpiaList(Partnership.Member member, String query) {
        Api.Response response = member.api().get("/api/v1/dpias" + (query.isEmpty() ? "" : "?" + query));
        assertEquals(200, response.status(), query + ": " + response.body());
        return response.array();
    }

    private List<Long> dpias(Partnership.Member member, String query) {
        return versionIds(dpiaList(member, query));
    }

    private final Map<Long, String> titles = new java.util.HashMap<>();

    private String titleOf(long versionId) {
        return titles.get(versionId);
    }

    @Test
    void theBrowserPagesKeepTheFilterInTheAddress() throws Exception {
        partnership();
        String word = "Kestrel" + Long.toString(System.nanoTime(), 36);
        for (int i = 1; i <= 27; i++) {
            Api.Response created = councilLead.api().post("/api/v1/agreements", Json.createObjectBuilder()
                    .add("templateVersionId", template).add("title", String.format("%s route %02d", word, i))
                    .add("parties", Json.createArrayBuilder()).build());
            assertEquals(201, created.status(), created.body());
        }
        try (Browser browser = new Browser(base.toString())) {
            browser.open("/login.xhtml");
            browser.type("#login\\:email", councilLead.email());
            browser.type("#login\\:password", Partnership.MEMBER_PASSWORD);
            browser.clickAndWait("#login\\:signIn");
            browser.open("/app/agreements.xhtml");
            browser.type("#filter\\:q", word);
            browser.choose("#filter\\:sort", "Title, A to Z");
            browser.clickAndWait("#filter\\:apply");
            assertTrue(browser.currentPath().contains("q=" + word), browser.currentPath());
            assertEquals("Showing 1 to 25 of 27 agreements", browser.textOf("#count"));
            assertTrue(browser.textOf("#agreements").contains(word + " route 01"));
            assertAccessible(browser, "agreements-list");
            browser.clickAndWait("#nextPage");
            assertTrue(browser.currentPath().contains("page=2") && browser.currentPath().contains("q=" + word)
                    && browser.currentPath().contains("sort=TITLE"), browser.currentPath());
            assertEquals("Showing 26 to 27 of 27 agreements", browser.textOf("#count"));
            assertTrue(browser.textOf("#agreements").contains(word + " route 27"));
            assertFalse(browser.textOf("#agreements").contains(word + " route 01"));
            assertEquals(word, browser.find("#filter\\:q").getAttribute("value"), "the form shows the filter the page is for");

            browser.open("/app/dpias.xhtml?sort=TITLE");
            assertTrue(browser.text().contains("Find a DPIA"), browser.text());
            assertAccessible(browser, "dpias-list");

            // A hand-edited address is told beside the field, not ignored and not a stack trace.
            browser.open("/app/agreements.xhtml?status=NOPE&q=" + word);
            assertTrue(browser.title().startsWith("Error:"), browser.title());
            assertTrue(browser.textOf(".error-summary").contains("Choose a status from the list"), browser.text());
            assertTrue(browser.fieldText("filter:status").contains("Choose a status from the list"), "beside the field too");
            assertEquals("filter:status", browser.find(".error-summary a").getAttribute("data-field"), "and linked to it");
            assertAccessible(browser, "agreements-list-error");
            // The same on the decision log: a decision kind that does not exist is named in the error summary.
            browser.open("/app/decisions.xhtml?decision=BOGUS");
            assertTrue(browser.title().startsWith("Error:"), browser.title());
            assertTrue(browser.textOf(".error-summary").contains("Choose a decision from the list"), browser.text());
            assertTrue(browser.fieldText("filter:kind").contains("Choose a decision from the list"), browser.text());
            browser.open("/app/decisions.xhtml?decision=not_shared");
            assertFalse(browser.title().startsWith("Error:"), "any case, as the other lists: " + browser.title());
        }
    }

    private static void assertAccessible(Browser browser, String page) {
        String violations = browser.seriousAccessibilityViolations();
        browser.screenshot(page);
        assertTrue(violations.isEmpty(), "Accessibility violations on " + page + ":\n" + violations);
    }

    private void assertRefused(String query, String field) {
        Api.Response response = councilLead.api().get("/api/v1/agreements?" + query);
        assertEquals(400, response.status(), query + ": " + response.body());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        JsonArray errors = response.json().getJsonArray("errors");
        assertEquals(1, errors.size(), response.body());
        assertEquals(field, errors.getJsonObject(0).getString("field"), response.body());
    }

    private JsonArray list(Partnership.Member member, String query) {
        Api.Response response = member.api().get("/api/v1/agreements" + (query.isEmpty() ? "" : "?" + query));
        assertEquals(200, response.status(), query + ": " + response.body());
        return response.array();
    }

    private List<Long> versions(Partnership.Member member, String query) {
        return versionIds(list(member, query));
    }

    private List<Long> versionIds(JsonArray rows) {
        List<Long> ids = new ArrayList<>();
        for (JsonValue r : rows) {
            JsonObject o = r.asJsonObject();
            ids.add(o.getJsonNumber("versionId").longValue());
            titles.put(o.getJsonNumber("versionId").longValue(), o.getString("title"));
        }
        return ids;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("versionId").longValue();
    }

    private static JsonObjectBuilder flow(String article9, String schedule1) {
        JsonObjectBuilder flow = Json.createObjectBuilder().add("sender", "P2").add("recipient", "P1")
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add(article9 == null ? "EDUCATION_DATA" : "HEALTH_DATA"))
                .add("purpose", article9 == null ? "CHILD_IN_NEED" : "HEALTH_CARE_COORDINATION").add("transferMethod", "SECURE_EMAIL")
                .add("retention", "Until the child is 25").add("regime", "GENERAL")
                .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                .add("confidentialityBasis", "CL-PUBLIC-INTEREST");
        if (article9 != null) {
            flow.add("article9Condition", article9).add("schedule1Condition", schedule1);
        }
        return flow;
    }

    /** A draft led by the member's organisation with the party, and a flow. */
    private long draft(Partnership.Member lead, String title, long party, JsonObjectBuilder flow) {
        return draft(lead, title, party, flow, null, null);
    }

    private long draft(Partnership.Member lead, String title, long party, JsonObjectBuilder flow, LocalDate effective,
                       LocalDate review) {
        JsonObjectBuilder details = Json.createObjectBuilder().add("templateVersionId", template).add("title", title)
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", party).add("role", "CONTROLLER")));
        if (effective != null) {
            details.add("effectiveDate", effective.toString()).add("reviewDate", review.toString());
        }
        Api.Response created = lead.api().post("/api/v1/agreements", details.build());
        assertEquals(201, created.status(), created.body());
        JsonObject draft = created.json();
        Api.Response flowed = lead.api().post("/api/v1/agreements/versions/" + id(draft) + "/flows",
                Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("flow", flow).build());
        assertTrue(flowed.status() == 200 || flowed.status() == 201, flowed.body());
        return id(flowed.json());
    }

    private void submit(Partnership.Member lead, long versionId) {
        long lock = lead.api().get("/api/v1/agreements/versions/" + versionId).json().getJsonNumber("lockVersion").longValue();
        Api.Response submitted = lead.api().post("/api/v1/agreements/versions/" + versionId + "/submission",
                Json.createObjectBuilder().add("lockVersion", lock).build());
        assertEquals(200, submitted.status(), submitted.body());
    }

    /** An agreement between the council (lead) and the school, approved by both, with these dates. */
    private long approved(String title, LocalDate effective, LocalDate review) {
        long versionId = draft(councilLead, title, school, flow(null, null), effective, review);
        submit(councilLead, versionId);
        decide(councilSignatory, versionId, "APPROVED", null);
        decide(schoolSignatory, versionId, "APPROVED", null);
        return versionId;
    }

    private static void decide(Partnership.Member signatory, long versionId, String decision, String comment) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("decision", decision);
        if (comment != null) {
            body.add("comment", comment);
        }
        Api.Response decided = signatory.api().post("/api/v1/agreements/versions/" + versionId + "/decisions", body.build());
        assertEquals(201, decided.status(), decided.body());
    }
}
