package org.concordat.dpia.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where DPIAs and their versions are kept. */
public interface DpiaRepository {

    long nextReferenceNumber();

    Dpia add(Dpia dpia);

    Optional<Dpia> find(long id);

    DpiaVersion add(DpiaVersion version);

    Optional<DpiaVersion> findVersion(long versionId);

    /** Every version of the DPIA, by number. */
    List<DpiaVersion> versions(long dpiaId);

    /** DPIAs led by the organisation or linked to one of the agreements, newest reference first. */
    List<Dpia> ledByOrLinkedTo(long organisationId, Collection<Long> agreementIds);

    /** DPIAs linked to the agreement. */
    List<Dpia> linkedTo(long agreementId);

    /** Writes pending changes now, so that the new version number can be shown to whoever made them. */
    void flush();
}
