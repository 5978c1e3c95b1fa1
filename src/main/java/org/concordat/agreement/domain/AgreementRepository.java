package org.concordat.agreement.domain;

import java.util.List;
import java.util.Optional;

/** Where agreements and their versions are kept. */
public interface AgreementRepository {

    long nextReferenceNumber();

    Agreement add(Agreement agreement);

    Optional<Agreement> find(long id);

    AgreementVersion add(AgreementVersion version);

    Optional<AgreementVersion> findVersion(long versionId);

    Optional<AgreementVersion> latestVersion(long agreementId);

    /** Every version of the agreement, by number. */
    List<AgreementVersion> versions(long agreementId);

    /** Agreements led by the organisation, or to which it is a party in a version that is not a draft. */
    List<Agreement> visibleTo(long organisationId);

    /** Writes pending changes now, so that the new version number can be shown to whoever made them. */
    void flush();

    /** The version, locked until the transaction ends: decisions on one version are taken one at a time. */
    Optional<AgreementVersion> findVersionForUpdate(long versionId);

    Decision add(Decision decision);

    List<Decision> decisions(long versionId, int round);

    /** Every decision on the version, all rounds, oldest first. */
    List<Decision> decisions(long versionId);
}
