package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.concordat.shared.infrastructure.V22_1__SeparateArticle10Conditions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Schema version 22 separates a flow's Schedule 1 condition for criminal offence data from the one for special
 * category data. Flows written before must come through with no value lost and none changing meaning — approved
 * versions included, whose rows the database otherwise refuses to change (V8), and whose guard must be back on after.
 * Run on a database of its own, migrated to version 21, filled as Concordat 2026.1 filled it, then migrated on.
 */
class FlowLawMigrationIT {

    static final String DATABASE = "concordat_flow_law_migration";

    static String url;

    @BeforeAll
    static void createDatabase() throws SQLException {
        String testUrl = System.getProperty("it.postgresql.url");
        url = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + DATABASE;
        try (Connection admin = connect(testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + "postgres");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, System.getProperty("it.postgresql.user"),
                System.getProperty("it.postgresql.password"));
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, System.getProperty("it.postgresql.user"),
                        System.getProperty("it.postgresql.password"))
                .locations("classpath:db/migration", "classpath:db/postgresql")
                .javaMigrations(new V22_1__SeparateArticle10Conditions()).target(target).load();
    }

    @Test
    void everyFlowKeepsItsConditionsAndApprovedVersionsStayGuarded() throws SQLException {
        flyway("21").migrate();
        try (Connection c = connect(url); Statement sql = c.createStatement()) {
            sql.execute("insert into organisation (id, version, name, sector, public_authority, competent_authority, active,"
                    + " created_at, updated_at) values (1, 0, 'Council', 'LOCAL_AUTHORITY', true, false, true, now(), now())");
            sql.execute("insert into template (id, version, code, kind, title, created_at) values (1, 0, 'ICO-DSA', 'DSA',"
                    + " 'DSA', now())");
            sql.execute("insert into template_version (id, version, template_id, number, status, content, created_at)"
                    + " values (1, 0, 1, 1, 'PUBLISHED', '{}', now())");
            sql.execute("insert into agreement (id, version, reference, lead_organisation_id, public_register, created_at)"
                    + " values (1, 0, 'DSA-2026-0001', 1, false, now())");
            sql.execute("insert into agreement_version (id, version, agreement_id, number, status, template_version_id,"
                    + " title, created_at, created_by, updated_at) values (1, 0, 1, 1, 'DRAFT', 1, 'Before V22', now(),"
                    + " 'iglead@example.org', now())");
            flow(sql, 1, "F1", "'A9-2-g'", "'S1-P2-18'", "'A10-DPA-S10-5'"); // both kinds of data, one condition
            flow(sql, 2, "F2", "null", "'S1-P3-36'", "'A10-DPA-S10-5'");      // criminal offence data alone
            flow(sql, 3, "F3", "'A9-2-h'", "'S1-P1-2'", "null");              // special category data alone
            flow(sql, 4, "F4", "null", "null", "null");                         // neither
            sql.execute("update agreement_version set status = 'SUBMITTED' where id = 1");
            sql.execute("update agreement_version set status = 'APPROVED' where id = 1");
            assertThrows(SQLException.class, () -> sql.execute("update agreement_flow set notes = 'x' where id = 1"),
                    "an approved version's flows are guarded before the migration");
        }

        flyway("latest").migrate();

        try (Connection c = connect(url); Statement sql = c.createStatement()) {
            Map<String, String[]> flows = new HashMap<>();
            try (ResultSet rs = sql.executeQuery("select flow_key, article9_condition, schedule1_condition,"
                    + " article10_authority, article10_schedule1_condition from agreement_flow")) {
                while (rs.next()) {
                    flows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            }
            assertEquals(java.util.List.of("A9-2-g", "S1-P2-18", "A10-DPA-S10-5", "S1-P2-18"), java.util.List.of(flows.get("F1")),
                    "the one condition now stands for each kind of data");
            assertNull(flows.get("F2")[1], "no special category data: no condition for it");
            assertEquals("S1-P3-36", flows.get("F2")[3], "the criminal offence data's condition, moved to its own field");
            assertEquals(java.util.Arrays.asList("A9-2-h", "S1-P1-2", null, null), java.util.Arrays.asList(flows.get("F3")));
            assertEquals(java.util.Arrays.asList(null, null, null, null), java.util.Arrays.asList(flows.get("F4")));
            SQLException guarded = assertThrows(SQLException.class,
                    () -> sql.execute("update agreement_flow set notes = 'x' where id = 1"));
            assertTrue(guarded.getMessage().contains("cannot change"), "the guard is back on: " + guarded.getMessage());
        }
    }

    private static void flow(Statement sql, long id, String key, String article9, String schedule1, String article10)
            throws SQLException {
        sql.execute("insert into agreement_flow (id, agreement_version_id, flow_key, sender_party_key, recipient_party_key,"
                + " both_ways, data_subjects, data_categories, regime, lawful_bases, article9_condition, schedule1_condition,"
                + " article10_authority, statutory_gateways) values (" + id + ", 1, '" + key + "', 'P1', 'P2', false, 'CHILD',"
                + " 'HEALTH_DATA', 'GENERAL', 'A6-1-e', " + article9 + ", " + schedule1 + ", " + article10 + ", '')");
    }
}
