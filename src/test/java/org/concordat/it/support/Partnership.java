package org.concordat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Builds the people and organisations a test needs through the real API and pages: the first administrator
 * (from the environment) signs in and issues a token; new users sign in with their one-time password, choose
 * their own, and issue their own token.
 */
public class Partnership {

    public static final String ADMIN_EMAIL = "it-admin@concordat.test";
    public static final String MEMBER_PASSWORD = "correct-horse-battery-42";

    private final URI base;
    private final Api admin;

    /** A user created for a test, signed in, with their own API token. */
    public record Member(long id, long organisationId, String email, String token, WebSession web, Api api) {
    }

    private Partnership(URI base, Api admin) {
        this.base = base;
        this.admin = admin;
    }

    public static Partnership asAdministrator(URI base) {
        return asAdministrator(base, ADMIN_EMAIL, System.getProperty("it.admin.password"));
    }

    /** As an installation's first administrator, e.g. a cluster's started by bench/cluster.sh. */
    public static Partnership asAdministrator(URI base, String email, String password) {
        WebSession web = new WebSession(base);
        WebSession.Page page = web.signIn(email, password);
        if (page.status() != 302) {
            throw new IllegalStateException("The first administrator could not sign in: " + page.status());
        }
        return new Partnership(base, new Api(base, web.issueApiToken("integration tests")));
    }

    public Api admin() {
        return admin;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public JsonObject createOrganisation(String name, String sector, boolean publicAuthority) {
        Api.Response created = admin.post("/api/v1/organisations", Json.createObjectBuilder()
                .add("name", name).add("sector", sector).add("publicAuthority", publicAuthority)
                .add("competentAuthority", false).add("dpoName", "Test DPO").add("dpoEmail", "dpo@example.org")
                .build());
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create organisation: " + created.status() + " " + created.body());
        }
        return created.json();
    }

    public Member createMember(long organisationId, String... roles) {
        String email = "it-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        List.of(roles).forEach(roleArray::add);
        Api.Response created = admin.post("/api/v1/users", Json.createObjectBuilder()
                .add("organisationId", organisationId).add("fullName", "Test " + String.join(" ", roles))
                .add("email", email).add("roles", roleArray).build());
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create user: " + created.status() + " " + created.body());
        }
        long id = created.json().getJsonObject("user").getJsonNumber("id").longValue();
        String oneTime = created.json().getString("oneTimePassword");
        WebSession web = new WebSession(base);
        web.signInAndReplacePassword(email, oneTime, MEMBER_PASSWORD);
        String token = web.issueApiToken("tests");
        return new Member(id, organisationId, email, token, web, new Api(base, token));
    }

    /** The id of the built-in DSA template's newest version, as the lead sees the template list. */
    public static long builtInDsaTemplate(Member lead) {
        return lead.api().get("/api/v1/templates").array().stream().map(t -> t.asJsonObject())
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /**
     * The flow {@link #submittedAgreement} saves: the party (P2) sends the lead (P1) education data about children,
     * for children in need, on public task, section 17 of the Children Act 1989 and the public interest.
     */
    public static JsonObjectBuilder educationFlow() {
        return Json.createObjectBuilder().add("sender", "P2").add("recipient", "P1")
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                .add("purpose", "CHILD_IN_NEED").add("transferMethod", "SECURE_EMAIL")
                .add("retention", "Until the child is 25").add("regime", "GENERAL")
                .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                .add("confidentialityBasis", "CL-PUBLIC-INTEREST");
    }

    /**
     * An agreement submitted for approval by {@code lead}'s organisation (P1) with {@code party} (P2): one flow, the
     * party sends education data about children to the lead for children in need, on public task, section 17 of the
     * Children Act 1989 and the public interest in confidentiality. Returns the submitted version as the API gives it.
     */
    public JsonObject submittedAgreement(Member lead, long party, String title, String effectiveDate) {
        long template = builtInDsaTemplate(lead);
        JsonObject draft = lead.api().post("/api/v1/agreements", Json.createObjectBuilder().add("templateVersionId", template)
                .add("title", title).add("effectiveDate", effectiveDate)
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", party).add("role", "CONTROLLER")))
                .build()).json();
        JsonObject flowed = lead.api().post("/api/v1/agreements/versions/" + draft.getJsonNumber("versionId").longValue() + "/flows",
                Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue())
                        .add("flow", educationFlow()).build()).json();
        Api.Response submitted = lead.api().post("/api/v1/agreements/versions/" + flowed.getJsonNumber("versionId").longValue()
                + "/submission", Json.createObjectBuilder().add("lockVersion", flowed.getJsonNumber("lockVersion").longValue()).build());
        if (submitted.status() != 200) {
            throw new IllegalStateException("Could not submit the agreement: " + submitted.status() + " " + submitted.body());
        }
        return submitted.json();
    }

    /**
     * A DPIA led by the member's organisation (an IG lead or DPO), assessing these agreements, carried through screening,
     * every required answer, a risk and an approved measure, and sent to the DPO for advice; its version id.
     */
    public long dpiaAwaitingAdvice(Member lead, String title, java.util.List<Long> agreementIds) {
        long template = lead.api().get("/api/v1/templates").array().stream().map(t -> t.asJsonObject())
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DPIA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        var start = Json.createObjectBuilder().add("templateVersionId", template).add("title", title);
        if (!agreementIds.isEmpty()) {
            var ids = Json.createArrayBuilder();
            agreementIds.forEach(ids::add);
            start.add("agreementIds", ids);
        }
        JsonObject d = ok(lead.api().post("/api/v1/dpias", start.build()));
        String path = "/api/v1/dpias/versions/" + d.getJsonNumber("versionId").longValue();
        var screening = Json.createObjectBuilder();
        d.getJsonArray("screening").forEach(q -> screening.add(q.asJsonObject().getString("key"),
                q.asJsonObject().getString("key").equals("children-or-vulnerable-people")));
        d = ok(lead.api().put(path + "/screening", locked(d).add("answers", screening).build()));
        JsonObject content = lead.api().get("/api/v1/templates/versions/" + template).json().getJsonObject("content");
        var answers = Json.createObjectBuilder();
        d.getJsonObject("answers").forEach(answers::add);
        JsonObject current = d;
        content.getJsonArray("sections").forEach(s -> s.asJsonObject().getJsonArray("fields").forEach(f -> {
            String key = s.asJsonObject().getString("key") + "." + f.asJsonObject().getString("key");
            if (f.asJsonObject().getBoolean("required") && !current.getJsonObject("answers").containsKey(key)) {
                answers.add(key, "The lead's answer");
            }
        }));
        d = ok(lead.api().put(path + "/answers", locked(d).add("answers", answers).build()));
        d = ok(lead.api().post(path + "/risks", locked(d).add("risk", Json.createObjectBuilder()
                .add("source", "A referral goes to the wrong school").add("impact", "A child's health history is disclosed")
                .add("likelihood", "PROBABLE").add("severity", "SEVERE")).build()));
        d = ok(lead.api().post(path + "/risks/R1/measures", locked(d).add("measure", Json.createObjectBuilder()
                .add("description", "Referrals through the secure portal only").add("effect", "REDUCED")
                .add("residualLikelihood", "REMOTE").add("residualSeverity", "SIGNIFICANT").add("approved", true)
                .add("owner", "Head of IG").add("dueDate", java.time.LocalDate.now().plusMonths(2).toString())).build()));
        d = ok(lead.api().post(path + "/dpo-advice-request", locked(d).build()));
        return d.getJsonNumber("versionId").longValue();
    }

    private static jakarta.json.JsonObjectBuilder locked(JsonObject o) {
        return Json.createObjectBuilder().add("lockVersion", o.getJsonNumber("lockVersion").longValue());
    }

    private static JsonObject ok(Api.Response response) {
        if (response.status() != 200 && response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response.json();
    }
}
