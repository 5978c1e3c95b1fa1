package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.SharingDecisionJson;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 21's quick database faults, on the real server and PostgreSQL: the database turns read-only (as a standby
 * answers during a failover) and every server connection is cut. Changes are refused cleanly — 503 problem JSON with
 * Retry-After, or the "try again" page — with nothing written; reads go on; and when the database takes changes
 * again the server carries on without a restart. The long faults (PostgreSQL stopped under load, a node killed, a
 * backup restored) are scripts under bench/ (docs/reliability.md).
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseFaultIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    @Test
    void aDatabaseThatTakesNoChangesRefusesThemCleanlyAndTheServerRecoversByItself() throws Exception {
        Partnership partnership = Partnership.asAdministrator(base.toURI());
        long council = partnership.createOrganisation(Partnership.unique("Fault Council"), "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
        long school = partnership.createOrganisation(Partnership.unique("Fault School"), "EDUCATION", true)
                .getJsonNumber("id").longValue();
        Partnership.Member lead = partnership.createMember(council, "IG_LEAD");
        long versionId = partnership.submittedAgreement(lead, school, "Fault run", LocalDate.now().toString())
                .getJsonNumber("versionId").longValue();
        for (long organisation : List.of(council, school)) {
            assertEquals(201, partnership.createMember(organisation, "SIGNATORY").api().post("/api/v1/agreements/versions/"
                    + versionId + "/decisions", Json.createObjectBuilder().add("decision", "APPROVED").build()).status());
        }
        Partnership.Member teacher = partnership.createMember(school, "PRACTITIONER");
        WebSession.Page home = teacher.web().open("/app/home.xhtml");
        assertEquals(200, home.status());
        long recorded = decisionsOf(teacher);

        try {
            readOnly(true);
            Api.Response refused = teacher.api().post("/api/v1/sharing-decisions", decision(council, versionId, "FT-2026-0001"));
            assertEquals(503, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals("5", refused.raw().headers().firstValue("Retry-After").orElse(""), "when to try again");
            JsonObject problem = refused.json();
            assertEquals("/problems/service-unavailable", problem.getString("type"));
            assertTrue(problem.getString("detail").contains("check first whether the change was saved"), problem.toString());
            assertTrue(!problem.getString("detail").contains("incident"), "a temporary refusal, not an incident: " + problem);

            assertEquals(recorded, decisionsOf(teacher), "nothing was written");
            assertEquals(200, teacher.api().get("/api/v1/sharing-decisions").status(), "reads go on while changes cannot be taken");
        } finally {
            readOnly(false);
        }

        Api.Response accepted = teacher.api().post("/api/v1/sharing-decisions", decision(council, versionId, "FT-2026-0002"));
        assertEquals(201, accepted.status(), "the server recovered by itself: " + accepted.body());
        assertEquals(recorded + 1, decisionsOf(teacher));
        assertEquals(0L, ((Number) Database.single("SELECT count(*) FROM sharing_decision WHERE case_reference = 'FT-2026-0001'"))
                .longValue(), "the refused decision was never written");
        assertEquals(200, teacher.web().open("/app/home.xhtml").status(), "the signed-in person's session carried on");
    }

    /**
     * The database made read-only (or writable again) for new connections, and every server connection cut. The
     * change is made from a session that is itself writable: a new connection to a read-only database is not.
     */
    private static void readOnly(boolean on) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.postgresql.url"),
                System.getProperty("it.postgresql.user"), System.getProperty("it.postgresql.password"));
             Statement s = c.createStatement()) {
            s.execute("SET default_transaction_read_only = off");
            String database;
            try (ResultSet rs = s.executeQuery("SELECT current_database()")) {
                rs.next();
                database = rs.getString(1);
            }
            s.execute("ALTER DATABASE \"" + database + "\" " + (on ? "SET default_transaction_read_only = on"
                    : "RESET default_transaction_read_only"));
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND pid <> pg_backend_pid()");
        }
    }

    private static long decisionsOf(Partnership.Member member) {
        return ((Number) Database.single("SELECT count(*) FROM sharing_decision WHERE recorded_by_user_id = ?", member.id()))
                .longValue();
    }

    private static JsonObject decision(long council, long versionId, String reference) {
        return SharingDecisionJson.shared(council, versionId, reference).build();
    }
}
