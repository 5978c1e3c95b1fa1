package org.concordat.legal.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.shared.domain.CodeSetConverter;

/**
 * A flow's law read back from a row that carries its columns under the names the flow table gives them (regime,
 * lawful_bases, article9_condition, …): the read models that query flows with plain SQL (route candidates, the
 * record of processing) read it here, so that a new legal field is mapped in one place beside {@link LegalBasis}'s
 * JPA mapping, not once per query.
 */
public final class LegalBasisColumns {

    private static final CodeSetConverter CODES = new CodeSetConverter();

    private LegalBasisColumns() {
    }

    public static LegalBasis read(ResultSet rs) throws SQLException {
        return new LegalBasis(Regime.valueOf(rs.getString("regime")), CODES.convertToEntityAttribute(rs.getString("lawful_bases")),
                rs.getString("recognised_interest"),
                LegalBasis.Condition.of(rs.getString("article9_condition"), rs.getString("schedule1_condition")),
                LegalBasis.Condition.of(rs.getString("article10_authority"), rs.getString("article10_schedule1_condition")),
                rs.getString("law_enforcement_basis"),
                LegalBasis.Condition.of(rs.getString("sensitive_processing"), rs.getString("schedule8_condition")),
                CODES.convertToEntityAttribute(rs.getString("statutory_gateways")), rs.getString("other_legal_power"),
                rs.getString("confidentiality_basis"),
                rs.getString("legitimate_interests_assessment"), rs.getString("recipient_secrecy"));
    }
}
