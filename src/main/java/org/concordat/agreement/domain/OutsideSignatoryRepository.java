package org.concordat.agreement.domain;

import java.util.List;
import java.util.Optional;

/** Outside signatories named for parties, and the one-time links sent to them. */
public interface OutsideSignatoryRepository {

    OutsideSignatory add(OutsideSignatory signatory);

    void remove(OutsideSignatory signatory);

    Optional<OutsideSignatory> find(long versionId, long organisationId);

    List<OutsideSignatory> forVersion(long versionId);

    SignatoryInvitation add(SignatoryInvitation invitation);

    /** The invitation whose token has this SHA-256, locked for the rest of the transaction (codes one at a time). */
    Optional<SignatoryInvitation> byTokenForUpdate(String tokenSha256);

    Optional<SignatoryInvitation> invitation(long id);

    /** Invitations of a version not yet revoked, for one party or (organisationId null) all. */
    List<SignatoryInvitation> open(long versionId, Long organisationId);

    void flush();
}
