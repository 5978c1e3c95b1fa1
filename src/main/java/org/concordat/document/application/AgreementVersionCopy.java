package org.concordat.document.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.domain.VersionStatus;

/**
 * The machine-readable copy of an agreement version that its PDF carries, so that a partner's system can read
 * exactly what the document says. It holds what was agreed, not what depends on the reader or on the day: no
 * permissions, lock version, compliance findings or decisions.
 *
 * @param format           names this shape, for the systems that read it
 * @param catalogueVersion the legal catalogue the document's titles, summaries and citations come from
 * @param answers          section answers keyed section-key.field-key
 */
public record AgreementVersionCopy(String format, long agreementId, String reference, long versionId, int number,
                                   VersionStatus status, String title, String purpose, String benefits,
                                   LocalDate effectiveDate, LocalDate reviewDate, LocalDate endDate, long templateVersionId,
                                   String catalogueVersion, long leadOrganisationId,
                                   List<AgreementData.PartyData> parties, List<AgreementData.FlowData> flows,
                                   Map<String, String> answers, LocalDate terminatedOn, String terminationReason) {

    public static final String FORMAT = "concordat.agreement-version/1";

    static AgreementVersionCopy of(AgreementData data, String catalogueVersion) {
        return new AgreementVersionCopy(FORMAT, data.agreementId(), data.reference(), data.versionId(), data.number(),
                data.status(), data.title(), data.purpose(), data.benefits(), data.effectiveDate(), data.reviewDate(),
                data.endDate(), data.templateVersionId(), catalogueVersion, data.leadOrganisationId(), data.parties(), data.flows(),
                // sorted, so that the same version always reads the same
                new TreeMap<>(data.answers()), data.terminatedOn(), data.terminationReason());
    }
}
