package org.concordat.document.signing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The signatures approvals are waiting for (see {@link SigningJob}). */
public interface SigningOutboxRepository {

    SigningJob add(SigningJob job);

    /**
     * The oldest job due by this instant that is the next of its document (no earlier job of the same version and
     * round is still waiting), locked until the transaction ends; a job another transaction holds is skipped, so two
     * workers (or two servers) never sign the same one.
     */
    Optional<SigningJob> claimNext(Instant now);

    Optional<SigningJob> find(long id);

    /** The jobs of a version's submission round still waiting, oldest first. */
    List<SigningJob> waiting(long versionId, int round);

    /** An organisation's waiting jobs become due now (its credential was replaced): returns how many. */
    int retryNow(long organisationId, Instant now);

    void flush();
}
