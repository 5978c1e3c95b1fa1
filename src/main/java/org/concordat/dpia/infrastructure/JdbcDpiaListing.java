package org.concordat.dpia.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concordat.dpia.domain.DpiaFilter;
import org.concordat.dpia.domain.DpiaListing;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.dpia.domain.ScreeningOutcome;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.domain.ReviewBand;
import org.concordat.shared.infrastructure.PagedQuery;
import org.concordat.shared.infrastructure.PersistenceUnitDataSource;

/**
 * The DPIA list in one statement: the versions the organisation may see (as lead, by the lead index; through the
 * agreements it takes part in, by the view agreement publishes), the newest per DPIA, the filters, the count, the order.
 * The status tag is worked out in SQL only to filter by it, by the rules of DpiaVersion#tag (ListsIT checks they agree).
 */
@ApplicationScoped
public class JdbcDpiaListing implements DpiaListing {

    @Inject
    PersistenceUnitDataSource dataSource;

    static final String NEWEST_SEEN = """
            with seen as (
                select v.id
                  from dpia d join dpia_version v on v.dpia_id = d.id
                 where d.lead_organisation_id = ? and (v.status <> 'DRAFT' or ?)
                union
                select v.id
                  from agreement_participant ap join dpia_agreement da on da.agreement_id = ap.agreement_id
                       join dpia_version v on v.dpia_id = da.dpia_id
                 where ap.organisation_id = ? and v.status <> 'DRAFT'
            ), newest as (
                select v.id, v.dpia_id, v.number, v.title, v.status, v.screening_outcome, v.review_date, v.signed_off_at,
                       v.dpo_advice_requested_at, v.updated_at,
                       row_number() over (partition by v.dpia_id order by v.number desc) as rank_from_newest
                  from dpia_version v join seen s on s.id = v.id
            )
            select d.id as dpia_id, d.reference, o.name as lead_name, n.id as version_id, n.number, n.title, n.status,
                   n.screening_outcome, n.review_date, n.signed_off_at, n.dpo_advice_requested_at, count(*) over () as total
              from newest n join dpia d on d.id = n.dpia_id join organisation_name o on o.id = d.lead_organisation_id
             where n.rank_from_newest = 1
            """;

    /** StatusTag.of for a DPIA version in SQL: parameters today, today + the review horizon. */
    static final String TAG = """
            case when n.status = 'DRAFT' and n.dpo_advice_requested_at is not null then 'CHANGES_REQUESTED'
                 when n.status = 'DRAFT' then 'DRAFT'
                 when n.status in ('AWAITING_DPO_ADVICE', 'AWAITING_SIGN_OFF') then 'AWAITING_APPROVAL'
                 when n.status = 'PRIOR_CONSULTATION_REQUIRED' then 'ICO_CONSULTATION'
                 when n.status <> 'COMPLETED' then 'ENDED'
                 when n.signed_off_at is null then 'NOT_YET_IN_FORCE'
                 when n.review_date is null then 'IN_FORCE'
                 when n.review_date < ? then 'REVIEW_OVERDUE'
                 when n.review_date <= ? then 'REVIEW_DUE'
                 else 'IN_FORCE' end""";

    @Override
    public Page<Row> find(Reader reader, DpiaFilter filter, LocalDate today, PageRequest page) {
        StringBuilder sql = new StringBuilder(NEWEST_SEEN);
        List<Object> parameters = new ArrayList<>(List.of(reader.organisationId(), reader.author(), reader.organisationId()));
        if (filter.text() != null) {
            String like = PagedQuery.containing(filter.text().toLowerCase(Locale.ROOT));
            sql.append("""
                     and (lower(d.reference) like ? escape '!' or lower(n.title) like ? escape '!'
                          or lower(o.name) like ? escape '!')
                    """);
            parameters.addAll(List.of(like, like, like));
        }
        if (filter.status() != null) {
            sql.append(" and ").append(TAG).append(" = ?\n");
            parameters.addAll(List.of(today, today.plusDays(ReviewBand.HORIZON_DAYS), filter.status().name()));
        }
        if (filter.agreementId() != null) {
            sql.append(" and exists (select 1 from dpia_agreement da where da.dpia_id = d.id and da.agreement_id = ?)\n");
            parameters.add(filter.agreementId());
        }
        sql.append(switch (filter.order()) {
            case NEWEST -> " order by d.created_at desc, d.reference desc";
            case OLDEST -> " order by d.created_at, d.reference";
            case TITLE -> " order by lower(n.title), d.reference";
            case REVIEW_BY -> " order by n.review_date nulls last, d.reference";
            case CHANGED -> " order by n.updated_at desc, d.reference";
        });
        return PagedQuery.read(dataSource, sql.toString(), parameters, page, rs -> {
            Timestamp signedOff = rs.getTimestamp("signed_off_at");
            String screening = rs.getString("screening_outcome");
            return new Row(rs.getLong("dpia_id"), rs.getString("reference"), rs.getString("lead_name"), rs.getLong("version_id"),
                    rs.getInt("number"), rs.getString("title"), DpiaVersionStatus.valueOf(rs.getString("status")),
                    screening == null ? null : ScreeningOutcome.valueOf(screening), rs.getObject("review_date", LocalDate.class),
                    signedOff == null ? null : signedOff.toInstant(), rs.getTimestamp("dpo_advice_requested_at") != null);
        }, getClass().getSimpleName());
    }
}
