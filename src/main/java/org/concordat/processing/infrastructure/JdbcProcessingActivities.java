package org.concordat.processing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concordat.legal.application.LegalBasisColumns;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.processing.domain.Direction;
import org.concordat.processing.domain.ProcessingActivities;
import org.concordat.processing.domain.ProcessingActivity;
import org.concordat.shared.domain.CodeSetConverter;
import org.concordat.shared.infrastructure.PersistenceUnitDataSource;

/**
 * Reads the organisation's processing from the agreement feature's published views (V30: record_candidate_version,
 * _party and _flow hold approved versions only), keeping the versions in force on the day: one row per flow the
 * organisation sends or receives, with the party at the other end.
 */
@ApplicationScoped
public class JdbcProcessingActivities implements ProcessingActivities {

    private static final String IN_FORCE = """
            select v.agreement_id, v.reference, v.title, v.version_id, v.number, v.effective_date, v.review_date,
                   v.end_date, v.security_measures, v.access_controls, p.party_key, p.role, o.organisation_id as other_id,
                   f.flow_key, f.sender_party_key, f.recipient_party_key, f.both_ways, f.data_subjects, f.data_categories,
                   f.purpose, f.frequency, f.transfer_method, f.retention, f.regime, f.lawful_bases, f.recognised_interest,
                   f.article9_condition, f.schedule1_condition, f.article10_authority, f.article10_schedule1_condition,
                   f.law_enforcement_basis, f.sensitive_processing, f.schedule8_condition, f.statutory_gateways,
                   f.other_legal_power, f.confidentiality_basis, f.legitimate_interests_assessment, f.recipient_secrecy
              from record_candidate_party p
              join record_candidate_version v on v.version_id = p.version_id
              join record_candidate_flow f on f.version_id = p.version_id
                   and (f.sender_party_key = p.party_key or f.recipient_party_key = p.party_key)
              join record_candidate_party o on o.version_id = p.version_id
                   and o.party_key = case when f.sender_party_key = p.party_key then f.recipient_party_key
                                          else f.sender_party_key end
             where p.organisation_id = ? and v.effective_date <= ? and (v.end_date is null or v.end_date >= ?)
             order by v.reference, v.number, f.flow_key""";

    private final CodeSetConverter codes = new CodeSetConverter();

    @Inject
    PersistenceUnitDataSource dataSource;

    @Override
    public List<ProcessingActivity> inForce(long organisationId, LocalDate day) {
        List<ProcessingActivity> activities = new ArrayList<>();
        try (Connection c = dataSource.connection(); PreparedStatement ps = c.prepareStatement(IN_FORCE)) {
            ps.setLong(1, organisationId);
            ps.setObject(2, day);
            ps.setObject(3, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Direction direction = Direction.of(rs.getString("party_key"), rs.getString("sender_party_key"),
                            rs.getString("recipient_party_key"), rs.getBoolean("both_ways"));
                    if (direction == null) {
                        continue;
                    }
                    activities.add(new ProcessingActivity(rs.getLong("agreement_id"), rs.getString("reference"),
                            rs.getString("title"), rs.getLong("version_id"), rs.getInt("number"),
                            rs.getObject("effective_date", LocalDate.class), rs.getObject("review_date", LocalDate.class),
                            rs.getObject("end_date", LocalDate.class), rs.getString("flow_key"), rs.getString("role"),
                            direction, rs.getLong("other_id"), set(rs.getString("data_subjects")),
                            set(rs.getString("data_categories")), rs.getString("purpose"), rs.getString("frequency"),
                            rs.getString("transfer_method"), rs.getString("retention"), LegalBasisColumns.read(rs),
                            rs.getString("security_measures"), rs.getString("access_controls")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the record of processing of organisation " + organisationId, e);
        }
        return activities;
    }

    /** The flow's law, from the columns LegalBasis is mapped to (as the route check reads them). */
    private Set<String> set(String column) {
        return codes.convertToEntityAttribute(column);
    }
}
