package org.concordat.agreement.domain;

import java.time.Instant;

/**
 * A party's signatory approved a submitted version. Fired synchronously inside the transaction that records the
 * decision, so that what it leads to (the party's signature, queued in the document feature's signing outbox) commits
 * with the decision or the decision rolls back with it; the signature itself is made after the commit.
 *
 * @param round        the submission round the decision is about
 * @param lastApproval whether this approval made the version approved (every party has now approved)
 * @param identifiedBy how the signer was identified when not signed in with an account (an outside signatory's
 *                     e-mail link and code), or null
 */
public record PartyApproved(long agreementId, String reference, long versionId, int number, int round,
                            long organisationId, String organisationName, String signerName, String signerEmail,
                            Instant decidedAt, boolean lastApproval, String identifiedBy) {

    /** An approval by a signed-in account holder. */
    public PartyApproved(long agreementId, String reference, long versionId, int number, int round, long organisationId,
                         String organisationName, String signerName, String signerEmail, Instant decidedAt,
                         boolean lastApproval) {
        this(agreementId, reference, versionId, number, round, organisationId, organisationName, signerName, signerEmail,
                decidedAt, lastApproval, null);
    }
}
