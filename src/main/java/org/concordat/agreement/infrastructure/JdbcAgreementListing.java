package org.concordat.agreement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concordat.agreement.domain.AgreementFilter;
import org.concordat.agreement.domain.AgreementListing;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.domain.ReviewBand;
import org.concordat.shared.domain.StatusTag;
import org.concordat.shared.infrastructure.PagedQuery;
import org.concordat.shared.infrastructure.PersistenceUnitDataSource;

/**
 * The agreements list in one statement: the versions the organisation may see (as lead, by its index on the lead; as a
 * party, by the party index), the newest of them per agreement, then the filters, the count of all that pass
 * ({@code count(*) over ()}), the order and the page. Plain SQL that PostgreSQL and H2 both read; the status tag is
 * worked out in SQL only to filter by it (the same rules as {@link StatusTag#of}; ListingIT checks they agree).
 */
@ApplicationScoped
public class JdbcAgreementListing implements AgreementListing {

    @Inject
    PersistenceUnitDataSource dataSource;

    /*
     * A derived table, not chained WITH queries: H2 2.2 (the module WildFly ships for the demo) returns no rows when a
     * WITH query reads another that holds a UNION with parameters.
     */
    static final String NEWEST_SEEN = """
            select a.id as agreement_id, a.reference, a.lead_organisation_id, n.id as version_id, n.number, n.title,
                   n.status, n.submission_round, n.effective_date, n.review_date, n.end_date, n.updated_at,
                   count(*) over () as total
              from (select v.id, v.agreement_id, v.number, v.title, v.purpose, v.status, v.submission_round,
                           v.effective_date, v.review_date, v.end_date, v.updated_at,
                           row_number() over (partition by v.agreement_id order by v.number desc) as rank_from_newest
                      from agreement_version v
                     where v.id in (select v.id
                                      from agreement a join agreement_version v on v.agreement_id = a.id
                                     where a.lead_organisation_id = ? and (v.status <> 'DRAFT' or ?)
                                    union
                                    select v.id
                                      from agreement_party p join agreement_version v on v.id = p.agreement_version_id
                                     where p.organisation_id = ? and v.status <> 'DRAFT')) n
                   join agreement a on a.id = n.agreement_id
             where n.rank_from_newest = 1
            """;

    /** The tag of {@link StatusTag#of} in SQL: parameters today, today, today, today, today + the review horizon. */
    static final String TAG = """
            case when n.status = 'DRAFT' and n.submission_round > 0 then 'CHANGES_REQUESTED'
                 when n.status = 'DRAFT' then 'DRAFT'
                 when n.status = 'SUBMITTED' then 'AWAITING_APPROVAL'
                 when n.status <> 'APPROVED' then 'ENDED'
                 when n.end_date is not null and n.end_date < ? then 'ENDED'
                 when n.effective_date is null or n.effective_date > ? then 'NOT_YET_IN_FORCE'
                 when n.review_date is null then 'IN_FORCE'
                 when n.review_date < ? then 'REVIEW_OVERDUE'
                 when n.review_date <= ? then 'REVIEW_DUE'
                 else 'IN_FORCE' end""";

    @Override
    public Page<Row> find(Reader reader, AgreementFilter filter, LocalDate today, PageRequest page) {
        StringBuilder sql = new StringBuilder(NEWEST_SEEN);
        List<Object> parameters = new ArrayList<>(List.of(reader.organisationId(), reader.seesDrafts(), reader.organisationId()));
        if (filter.text() != null) {
            String like = PagedQuery.containing(filter.text().toLowerCase(Locale.ROOT));
            sql.append("""
                       and (lower(a.reference) like ? escape '!' or lower(n.title) like ? escape '!'
                            or lower(coalesce(n.purpose, '')) like ? escape '!'
                            or exists (select 1 from agreement_party p join organisation_name o on o.id = p.organisation_id
                                        where p.agreement_version_id = n.id and lower(o.name) like ? escape '!')
                    """);
            parameters.addAll(List.of(like, like, like, like));
            if (!filter.purposeCodes().isEmpty()) {
                sql.append(" or exists (select 1 from agreement_flow f where f.agreement_version_id = n.id and f.purpose in (")
                        .append(String.join(", ", filter.purposeCodes().stream().map(c -> "?").toList())).append("))");
                parameters.addAll(filter.purposeCodes().stream().sorted().toList());
            }
            sql.append(")\n");
        }
        if (filter.status() != null) {
            sql.append(" and ").append(TAG).append(" = ?\n");
            parameters.addAll(List.of(today, today, today, today.plusDays(ReviewBand.HORIZON_DAYS), filter.status().name()));
        }
        if (filter.partyId() != null) {
            sql.append(" and exists (select 1 from agreement_party p where p.agreement_version_id = n.id and p.organisation_id = ?)\n");
            parameters.add(filter.partyId());
        }
        if (filter.lawfulBasis() != null) {
            // lawful_bases holds the codes sorted and joined by commas (CodeSetConverter).
            sql.append(" and exists (select 1 from agreement_flow f where f.agreement_version_id = n.id"
                    + " and (',' || f.lawful_bases || ',') like ? escape '!')\n");
            parameters.add(PagedQuery.containing("," + filter.lawfulBasis() + ","));
        }
        if (filter.specialCondition() != null) {
            sql.append(" and exists (select 1 from agreement_flow f where f.agreement_version_id = n.id and f.article9_condition = ?)\n");
            parameters.add(filter.specialCondition());
        }
        sql.append(switch (filter.sort()) {
            case NEWEST -> " order by a.created_at desc, a.reference desc";
            case OLDEST -> " order by a.created_at, a.reference";
            case TITLE -> " order by lower(n.title), a.reference";
            case REVIEW_BY -> " order by n.review_date nulls last, a.reference";
            case CHANGED -> " order by n.updated_at desc, a.reference";
        });
        return PagedQuery.read(dataSource, sql.toString(), parameters, page, rs -> {
            Timestamp updated = rs.getTimestamp("updated_at");
            return new Row(rs.getLong("agreement_id"), rs.getString("reference"), rs.getLong("lead_organisation_id"),
                    rs.getLong("version_id"), rs.getInt("number"), rs.getString("title"),
                    VersionStatus.valueOf(rs.getString("status")), rs.getInt("submission_round"),
                    rs.getObject("effective_date", LocalDate.class), rs.getObject("review_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class), updated == null ? null : updated.toInstant());
        }, getClass().getSimpleName());
    }

    /** A version in force on a day: approved, started and not ended (AgreementVersion.isInForceOn). */
    private static final String IN_FORCE =
            "%1$s.status = 'APPROVED' and %1$s.effective_date <= ? and (%1$s.end_date is null or %1$s.end_date >= ?)";

    static final String REGISTER = """
            select a.id as agreement_id, a.reference, v.id as version_id, count(*) over () as total
              from agreement a join agreement_version v on v.agreement_id = a.id
             where a.public_register = true and %s
               and not exists (select 1 from agreement_version w
                                where w.agreement_id = v.agreement_id and w.number > v.number and %s)
            """.formatted(IN_FORCE.formatted("v"), IN_FORCE.formatted("w"));

    @Override
    public Page<RegisterRow> publicRegister(String text, LocalDate today, PageRequest page) {
        StringBuilder sql = new StringBuilder(REGISTER);
        List<Object> parameters = new ArrayList<>(List.of(today, today, today, today));
        if (text != null) {
            String like = PagedQuery.containing(text.toLowerCase(Locale.ROOT));
            sql.append("""
                       and (lower(a.reference) like ? escape '!' or lower(v.title) like ? escape '!'
                            or exists (select 1 from agreement_party p join organisation_name o on o.id = p.organisation_id
                                        where p.agreement_version_id = v.id and lower(o.name) like ? escape '!'))
                    """);
            parameters.addAll(List.of(like, like, like));
        }
        sql.append(" order by a.reference, v.id");
        return PagedQuery.read(dataSource, sql.toString(), parameters, page,
                rs -> new RegisterRow(rs.getLong("agreement_id"), rs.getString("reference"), rs.getLong("version_id")),
                getClass().getSimpleName());
    }

    @Override
    public Map<Long, List<String>> partyNames(List<Long> versionIds) {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        if (versionIds.isEmpty()) {
            return names;
        }
        String sql = "select p.agreement_version_id, o.name from agreement_party p join organisation_name o on o.id = p.organisation_id"
                + " where p.agreement_version_id in (" + String.join(", ", versionIds.stream().map(id -> "?").toList()) + ")"
                + " order by p.agreement_version_id, p.id";
        try (Connection c = dataSource.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < versionIds.size(); i++) {
                ps.setLong(i + 1, versionIds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("party names", e);
        }
    }
}
