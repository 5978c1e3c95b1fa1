package org.concordat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fills a Concordat PostgreSQL database (already migrated and started once, so that the built-in templates exist)
 * with a large partnership for the route-check benchmark: 500 organisations in 25 local areas, each with a practitioner
 * holding an API token, an IG lead and a DPO, 10,000 agreements in a realistic mix of states and versions, and about
 * 100,000 flows.
 * Deterministic (fixed seed). Writes "organisationId,token" lines for the benchmark client.
 *
 * <p>Usage: PartnershipGenerator jdbcUrl user password tokensFile
 */
public final class PartnershipGenerator {

    static final int ORGANISATIONS = 500;
    static final int AREAS = 25;
    static final int AGREEMENTS = 10_000;
    static final int TARGET_FLOWS = 100_000;
    static final String[] SECTORS = {"LOCAL_AUTHORITY", "POLICE", "HEALTH", "EDUCATION", "EDUCATION", "EDUCATION",
            "PROBATION", "YOUTH_JUSTICE", "VOLUNTARY", "VOLUNTARY"};
    static final String[] SUBJECTS = {"CHILD", "PARENT_CARER", "OTHER_FAMILY_MEMBER", "ALLEGED_PERPETRATOR", "ADULT_AT_RISK"};
    static final String[] CATEGORIES = {"IDENTIFIERS_CONTACT", "EDUCATION_DATA", "SOCIAL_CARE", "HEALTH_DATA",
            "SAFEGUARDING_CONCERNS", "DOMESTIC_ABUSE", "CRIMINAL_OFFENCE", "HOUSING", "LOCATION_AT_RISK"};
    static final String[] PURPOSES = {"CHILD_PROTECTION_ENQUIRY", "CHILD_IN_NEED", "EARLY_HELP", "MISSING_CHILD",
            "MASH_TRIAGE", "EDUCATION_ATTENDANCE", "HEALTH_CARE_COORDINATION", "CHILD_EXPLOITATION", "DOMESTIC_ABUSE_RISK"};
    static final String[] GATEWAYS = {"CA1989-S17", "CA1989-S47", "CA2004-S10", "CA2004-S11", "CA1989-S27"};
    static final String[] METHODS = {"SECURE_EMAIL", "ENCRYPTED_FILE_TRANSFER", "SECURE_PORTAL", "SHARED_SYSTEM", "API"};

    /** The share of agreements in each shape; together they make 100. */
    enum Shape {
        IN_FORCE(62), AMENDED(10), AMENDMENT_IN_PROGRESS(5), DRAFT(6), SUBMITTED(5), EXPIRED(4), TERMINATED(4), NOT_YET_IN_FORCE(4);

        final int percent;

        Shape(int percent) {
            this.percent = percent;
        }
    }

    private final Random random = new Random(20261122L);
    private final LocalDate today = LocalDate.now();
    private final Instant now = Instant.now();

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("Usage: PartnershipGenerator jdbcUrl user password tokensFile");
        }
        try (Connection c = DriverManager.getConnection(args[0] + (args[0].contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
                args[1], args[2])) {
            c.setAutoCommit(false);
            new PartnershipGenerator().generate(c, Path.of(args[3]));
            c.commit();
        }
    }

    void generate(Connection c, Path tokensFile) throws SQLException, IOException {
        long started = System.nanoTime();
        long templateVersion = single(c, "select v.id from template_version v join template t on t.id = v.template_id"
                + " where t.kind = 'DSA' and v.status = 'PUBLISHED' order by v.id limit 1");
        long base = single(c, "select coalesce(max(id), 0) from organisation") + 1_000;
        List<Long> organisations = organisations(c, base);
        List<String> tokens = practitioners(c, organisations, base);
        governance(c, organisations, base + ORGANISATIONS);
        int flows = agreements(c, organisations, templateVersion, base);
        for (String sequence : List.of("organisation_seq", "app_user_seq", "api_token_seq", "agreement_seq",
                "agreement_version_seq", "agreement_party_seq", "agreement_flow_seq")) {
            String table = sequence.substring(0, sequence.length() - "_seq".length());
            try (Statement s = c.createStatement()) {
                s.execute("select setval('" + sequence + "', (select coalesce(max(id), 1) + 1000 from " + table + "))");
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("select setval('agreement_reference_seq', (select count(*) + 1 from agreement))");
        }
        Files.write(tokensFile, tokens, StandardCharsets.UTF_8);
        System.out.printf("Generated %d organisations, %d practitioners with tokens (and an IG lead and a DPO in each),"
                + " %d agreements, %d flows in %.1f s%n",
                organisations.size(), tokens.size(), AGREEMENTS, flows, (System.nanoTime() - started) / 1e9);
    }

    private List<Long> organisations(Connection c, long base) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("insert into organisation (id, version, name, sector, public_authority,"
                + " competent_authority, dpo_name, dpo_email, active, created_at, updated_at) values (?, 0, ?, ?, ?, ?, ?, ?, true, ?, ?)")) {
            for (int i = 0; i < ORGANISATIONS; i++) {
                long id = base + i;
                String sector = SECTORS[i % SECTORS.length];
                ps.setLong(1, id);
                ps.setString(2, "Bench " + sector.toLowerCase().replace('_', ' ') + " " + i + " (area " + area(i) + ")");
                ps.setString(3, sector);
                ps.setBoolean(4, !sector.equals("VOLUNTARY"));
                ps.setBoolean(5, sector.equals("POLICE") || sector.equals("PROBATION") || sector.equals("YOUTH_JUSTICE"));
                ps.setString(6, "Data Protection Officer " + i);
                ps.setString(7, "dpo-" + i + "@bench.concordat.example");
                ps.setTimestamp(8, Timestamp.from(now));
                ps.setTimestamp(9, Timestamp.from(now));
                ps.addBatch();
                ids.add(id);
            }
            ps.executeBatch();
        }
        return ids;
    }

    private static int area(int organisationIndex) {
        return organisationIndex % AREAS;
    }

    /** A practitioner per organisation, with an API token; only the token's SHA-256 is stored, as Concordat does. */
    private List<String> practitioners(Connection c, List<Long> organisations, long base) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement user = c.prepareStatement("insert into app_user (id, version, organisation_id, full_name, email,"
                + " must_change_password, active, created_at, updated_at) values (?, 0, ?, ?, ?, false, true, ?, ?)");
             PreparedStatement role = c.prepareStatement("insert into app_user_role (user_id, role) values (?, 'PRACTITIONER')");
             PreparedStatement token = c.prepareStatement("insert into api_token (id, version, user_id, name, token_hash,"
                     + " token_prefix, created_at) values (?, 0, ?, 'benchmark', ?, ?, ?)")) {
            for (int i = 0; i < organisations.size(); i++) {
                long userId = base + i;
                user.setLong(1, userId);
                user.setLong(2, organisations.get(i));
                user.setString(3, "Bench practitioner " + i);
                user.setString(4, "practitioner-" + i + "@bench.concordat.example");
                user.setTimestamp(5, Timestamp.from(now));
                user.setTimestamp(6, Timestamp.from(now));
                user.addBatch();
                role.setLong(1, userId);
                role.addBatch();
                String secret = "cnc_bench" + HexFormat.of().formatHex(bytes(16));
                token.setLong(1, base + i);
                token.setLong(2, userId);
                token.setString(3, sha256(secret));
                token.setString(4, secret.substring(0, 12));
                token.setTimestamp(5, Timestamp.from(now));
                token.addBatch();
                lines.add(organisations.get(i) + "," + secret);
            }
            user.executeBatch();
            role.executeBatch();
            token.executeBatch();
        }
        return lines;
    }

    /**
     * An IG lead and a DPO in each organisation, with no token: the calendar's reminders and notices go to IG leads
     * (so its timing includes them), and a NOT COVERED answer names the DPO (the same address as the organisation's).
     */
    private void governance(Connection c, List<Long> organisations, long base) throws SQLException {
        try (PreparedStatement user = c.prepareStatement("insert into app_user (id, version, organisation_id, full_name, email,"
                + " must_change_password, active, created_at, updated_at) values (?, 0, ?, ?, ?, false, true, ?, ?)");
             PreparedStatement role = c.prepareStatement("insert into app_user_role (user_id, role) values (?, ?)")) {
            for (int i = 0; i < organisations.size(); i++) {
                long igLead = base + 2L * i;
                person(user, role, igLead, organisations.get(i), "IG lead " + i, "ig-lead-" + i, "IG_LEAD");
                person(user, role, igLead + 1, organisations.get(i), "Data Protection Officer " + i, "dpo-" + i, "DPO");
            }
            user.executeBatch();
            role.executeBatch();
        }
    }

    private void person(PreparedStatement user, PreparedStatement role, long id, long organisation, String name,
                        String mailbox, String roleName) throws SQLException {
        user.setLong(1, id);
        user.setLong(2, organisation);
        user.setString(3, name);
        user.setString(4, mailbox + "@bench.concordat.example");
        user.setTimestamp(5, Timestamp.from(now));
        user.setTimestamp(6, Timestamp.from(now));
        user.addBatch();
        role.setLong(1, id);
        role.setString(2, roleName);
        role.addBatch();
    }

    /** Agreements inside one area (partnerships are local), each with its versions, parties and flows. */
    private int agreements(Connection c, List<Long> organisations, long templateVersion, long base) throws SQLException {
        int flowCount = 0;
        long versionId = base;
        long partyId = base;
        long flowId = base;
        List<long[]> statusUpdates = new ArrayList<>();
        try (PreparedStatement agreement = c.prepareStatement("insert into agreement (id, version, reference, lead_organisation_id,"
                + " public_register, created_at) values (?, 0, ?, ?, ?, ?)");
             PreparedStatement version = c.prepareStatement("insert into agreement_version (id, version, agreement_id, number, status,"
                     + " template_version_id, title, purpose, effective_date, review_date, end_date, created_at, created_by, updated_at,"
                     + " submission_round) values (?, 0, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 1)");
             PreparedStatement party = c.prepareStatement("insert into agreement_party (id, agreement_version_id, party_key,"
                     + " organisation_id, role, signatory_name) values (?, ?, ?, ?, 'CONTROLLER', ?)");
             PreparedStatement flow = c.prepareStatement("insert into agreement_flow (id, agreement_version_id, flow_key,"
                     + " sender_party_key, recipient_party_key, both_ways, data_subjects, data_categories, purpose, frequency,"
                     + " transfer_method, retention, regime, lawful_bases, statutory_gateways, confidentiality_basis)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'As needed', ?, 'Until the child is 25', 'GENERAL', 'A6-1-e', ?, 'CL-PUBLIC-INTEREST')")) {
            int flowsPerVersion = TARGET_FLOWS / (AGREEMENTS + AGREEMENTS * (Shape.AMENDED.percent + Shape.AMENDMENT_IN_PROGRESS.percent) / 100);
            for (int a = 0; a < AGREEMENTS; a++) {
                long agreementId = base + a;
                Shape shape = shape(a);
                int area = random.nextInt(AREAS);
                List<Long> members = new ArrayList<>();
                for (int i = area; i < organisations.size(); i += AREAS) {
                    members.add(organisations.get(i));
                }
                Set<Long> parties = new LinkedHashSet<>();
                while (parties.size() < 2 + random.nextInt(4)) {
                    parties.add(members.get(random.nextInt(members.size())));
                }
                List<Long> partyList = new ArrayList<>(parties);
                agreement.setLong(1, agreementId);
                agreement.setString(2, String.format("DSA-BENCH-%05d", a));
                agreement.setLong(3, partyList.get(0));
                agreement.setBoolean(4, random.nextInt(10) == 0);
                agreement.setTimestamp(5, Timestamp.from(now));
                agreement.addBatch();

                LocalDate effective = shape == Shape.NOT_YET_IN_FORCE ? today.plusDays(10 + random.nextInt(90))
                        : today.minusDays(30 + random.nextInt(1000));
                // Review dates spread from 90 days overdue to a year ahead: some agreements are overdue, as in life.
                LocalDate review = today.plusDays(random.nextInt(455) - 90);
                LocalDate end = shape == Shape.EXPIRED ? today.minusDays(1 + random.nextInt(200)) : null;
                int versions = shape == Shape.AMENDED || shape == Shape.AMENDMENT_IN_PROGRESS ? 2 : 1;
                for (int n = 1; n <= versions; n++) {
                    long id = versionId++;
                    version.setLong(1, id);
                    version.setLong(2, agreementId);
                    version.setInt(3, n);
                    version.setLong(4, templateVersion);
                    version.setString(5, "Bench agreement " + a + " for " + PURPOSES[a % PURPOSES.length].toLowerCase().replace('_', ' '));
                    version.setString(6, "Safeguarding children in area " + area);
                    version.setDate(7, Date.valueOf(effective));
                    version.setDate(8, Date.valueOf(review));
                    version.setDate(9, end == null ? null : Date.valueOf(end));
                    version.setTimestamp(10, Timestamp.from(now));
                    version.setTimestamp(11, Timestamp.from(now));
                    version.addBatch();
                    for (int p = 0; p < partyList.size(); p++) {
                        party.setLong(1, partyId++);
                        party.setLong(2, id);
                        party.setString(3, "P" + (p + 1));
                        party.setLong(4, partyList.get(p));
                        party.setString(5, "Signatory " + partyList.get(p));
                        party.addBatch();
                    }
                    int count = 2 + random.nextInt(2 * flowsPerVersion - 3);
                    for (int f = 1; f <= count; f++) {
                        int from = random.nextInt(partyList.size());
                        int to = (from + 1 + random.nextInt(partyList.size() - 1)) % partyList.size();
                        flow.setLong(1, flowId++);
                        flow.setLong(2, id);
                        flow.setString(3, "F" + f);
                        flow.setString(4, "P" + (from + 1));
                        flow.setString(5, "P" + (to + 1));
                        flow.setBoolean(6, random.nextInt(4) == 0);
                        flow.setString(7, codes(SUBJECTS, 1, 3));
                        flow.setString(8, codes(CATEGORIES, 1, 4));
                        flow.setString(9, PURPOSES[random.nextInt(PURPOSES.length)]);
                        flow.setString(10, METHODS[random.nextInt(METHODS.length)]);
                        flow.setString(11, codes(GATEWAYS, 1, 2));
                        flow.addBatch();
                        flowCount++;
                    }
                    statusUpdates.add(new long[] {id, statusOf(shape, n, versions).ordinal()});
                }
                if (a % 500 == 499) {
                    agreement.executeBatch();
                    version.executeBatch();
                    party.executeBatch();
                    flow.executeBatch();
                }
            }
            agreement.executeBatch();
            version.executeBatch();
            party.executeBatch();
            flow.executeBatch();
        }
        // Content first, status last: the database lets a version's parties and flows be written only while it is a draft.
        try (PreparedStatement status = c.prepareStatement("update agreement_version set status = ?, submitted_at = ?,"
                + " approved_at = ?, terminated_on = ?, termination_reason = ? where id = ?")) {
            for (long[] update : statusUpdates) {
                Status s = Status.values()[(int) update[1]];
                status.setString(1, s.name());
                status.setTimestamp(2, s == Status.DRAFT ? null : Timestamp.from(now));
                status.setTimestamp(3, s == Status.DRAFT || s == Status.SUBMITTED ? null : Timestamp.from(now));
                status.setDate(4, s == Status.TERMINATED ? Date.valueOf(today.minusDays(1 + random.nextInt(100))) : null);
                status.setString(5, s == Status.TERMINATED ? "Replaced by a county-wide agreement" : null);
                status.setLong(6, update[0]);
                status.addBatch();
            }
            status.executeBatch();
        }
        return flowCount;
    }

    enum Status { DRAFT, SUBMITTED, APPROVED, SUPERSEDED, EXPIRED, TERMINATED }

    private static Status statusOf(Shape shape, int number, int versions) {
        return switch (shape) {
            case IN_FORCE, NOT_YET_IN_FORCE -> Status.APPROVED;
            case AMENDED -> number < versions ? Status.SUPERSEDED : Status.APPROVED;
            case AMENDMENT_IN_PROGRESS -> number < versions ? Status.APPROVED : Status.DRAFT;
            case DRAFT -> Status.DRAFT;
            case SUBMITTED -> Status.SUBMITTED;
            case EXPIRED -> Status.EXPIRED;
            case TERMINATED -> Status.TERMINATED;
        };
    }

    private static Shape shape(int agreement) {
        int slot = agreement % 100;
        int upTo = 0;
        for (Shape shape : Shape.values()) {
            upTo += shape.percent;
            if (slot < upTo) {
                return shape;
            }
        }
        throw new IllegalStateException("The shapes' shares must add up to 100");
    }

    /** Between min and max distinct codes, sorted and comma-separated as Concordat stores code sets. */
    private String codes(String[] from, int min, int max) {
        Set<String> chosen = new TreeSet<>();
        int count = min + random.nextInt(max - min + 1);
        while (chosen.size() < count) {
            chosen.add(from[random.nextInt(from.length)]);
        }
        return String.join(",", chosen);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("Nothing found for: " + sql + " (start Concordat once on this database first)");
            }
            return rs.getLong(1);
        }
    }
}
