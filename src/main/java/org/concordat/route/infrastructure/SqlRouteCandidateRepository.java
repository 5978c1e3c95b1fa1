package org.concordat.route.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.agreement.domain.CodeSetConverter;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.route.domain.CandidateFlow;
import org.concordat.route.domain.CandidateVersion;
import org.concordat.route.domain.FlowLaw;
import org.concordat.route.domain.RouteCandidateRepository;
import org.hibernate.FlushMode;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The route check's read model: one query over the agreement tables, read-only, no entities loaded. It starts from
 * the two organisations' party rows (index agreement_party_route_idx, V9), so its cost follows the number of
 * agreements the two share, not the size of the partnership. Drafts never leave the database: they are invisible
 * to the other organisation; superseded versions are left out because a later version speaks for the agreement.
 */
@ApplicationScoped
public class SqlRouteCandidateRepository implements RouteCandidateRepository {

    private static final String CANDIDATES = """
            select v.agreement_id, a.reference, v.title, v.id as version_id, v.number as version_number, v.status,
                   v.effective_date, v.review_date, v.terminated_on, pf.party_key as from_key,
                   f.flow_key, f.sender_party_key, f.both_ways, f.data_subjects, f.data_categories, f.purpose,
                   f.transfer_method, f.retention, f.regime, f.lawful_bases, f.article9_condition,
                   f.schedule1_condition, f.article10_authority, f.law_enforcement_basis, f.sensitive_processing,
                   f.schedule8_condition, f.statutory_gateways, f.confidentiality_basis, v.end_date
            from agreement_party pf
            join agreement_party pt on pt.agreement_version_id = pf.agreement_version_id and pt.organisation_id = :to
            join agreement_version v on v.id = pf.agreement_version_id
            join agreement a on a.id = v.agreement_id
            left join agreement_flow f on f.agreement_version_id = v.id
                 and ((f.sender_party_key = pf.party_key and f.recipient_party_key = pt.party_key)
                   or (f.sender_party_key = pt.party_key and f.recipient_party_key = pf.party_key))
            where pf.organisation_id = :from
              and v.status in ('SUBMITTED', 'APPROVED', 'EXPIRED', 'TERMINATED')
            order by v.id, f.id
            """;

    private final CodeSetConverter codes = new CodeSetConverter();

    @PersistenceContext
    EntityManager em;

    @Override
    public List<CandidateVersion> between(long fromOrganisationId, long toOrganisationId) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = em.createNativeQuery(CANDIDATES).unwrap(NativeQuery.class);
        // Only reads agreement tables, which nothing in this transaction has changed: no need to flush first.
        query.setHibernateFlushMode(FlushMode.MANUAL);
        query.addScalar("agreement_id", StandardBasicTypes.LONG)
                .addScalar("reference", StandardBasicTypes.STRING)
                .addScalar("title", StandardBasicTypes.STRING)
                .addScalar("version_id", StandardBasicTypes.LONG)
                .addScalar("version_number", StandardBasicTypes.INTEGER)
                .addScalar("status", StandardBasicTypes.STRING)
                .addScalar("effective_date", StandardBasicTypes.LOCAL_DATE)
                .addScalar("review_date", StandardBasicTypes.LOCAL_DATE)
                .addScalar("terminated_on", StandardBasicTypes.LOCAL_DATE)
                .addScalar("from_key", StandardBasicTypes.STRING)
                .addScalar("flow_key", StandardBasicTypes.STRING)
                .addScalar("sender_party_key", StandardBasicTypes.STRING)
                .addScalar("both_ways", StandardBasicTypes.BOOLEAN);
        for (String text : List.of("data_subjects", "data_categories", "purpose", "transfer_method", "retention",
                "regime", "lawful_bases", "article9_condition", "schedule1_condition", "article10_authority",
                "law_enforcement_basis", "sensitive_processing", "schedule8_condition", "statutory_gateways",
                "confidentiality_basis")) {
            query.addScalar(text, StandardBasicTypes.STRING);
        }
        query.addScalar("end_date", StandardBasicTypes.LOCAL_DATE);
        List<Object[]> rows = query.setParameter("from", fromOrganisationId).setParameter("to", toOrganisationId)
                .getResultList();

        Map<Long, Object[]> versions = new LinkedHashMap<>();
        Map<Long, List<CandidateFlow>> flows = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long versionId = (Long) row[3];
            versions.putIfAbsent(versionId, row);
            List<CandidateFlow> ofVersion = flows.computeIfAbsent(versionId, id -> new ArrayList<>());
            // A version with no flow between the two organisations comes back once, without a flow.
            if (row[10] != null) {
                ofVersion.add(flow(row, fromOrganisationId, toOrganisationId));
            }
        }
        return versions.values().stream().map(row -> new CandidateVersion((Long) row[0], (String) row[1],
                (String) row[2], (Long) row[3], (Integer) row[4], VersionStatus.valueOf((String) row[5]),
                (LocalDate) row[6], (LocalDate) row[7], (LocalDate) row[8], (LocalDate) row[28], flows.get((Long) row[3]))).toList();
    }

    private CandidateFlow flow(Object[] row, long from, long to) {
        boolean fromSends = row[9].equals(row[11]);
        return new CandidateFlow((String) row[10], fromSends ? from : to, fromSends ? to : from, (Boolean) row[12],
                set(row[13]), set(row[14]), (String) row[15], (String) row[16], (String) row[17],
                Regime.valueOf((String) row[18]),
                new FlowLaw(set(row[19]), (String) row[20], (String) row[21], (String) row[22], (String) row[23],
                        (String) row[24], (String) row[25], set(row[26]), (String) row[27]));
    }

    private Set<String> set(Object column) {
        return codes.convertToEntityAttribute((String) column);
    }
}
