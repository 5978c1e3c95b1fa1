package org.concordat.document.signing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.concordat.audit.application.AuditLog;
import org.concordat.document.signing.domain.DocumentSignature;
import org.concordat.document.signing.domain.DocumentSigner;
import org.concordat.document.signing.domain.SignatureRequest;
import org.concordat.document.signing.domain.SignedDocument;
import org.concordat.document.signing.domain.SignedDocumentRepository;
import org.concordat.document.signing.domain.SigningJob;
import org.concordat.document.signing.domain.SigningOutboxRepository;
import org.concordat.shared.domain.Messages;

/**
 * Makes the signatures approvals queued, one job per transaction of its own, after the approval committed: no
 * version row is locked meanwhile, only the job (skipped by any other worker) and the document it extends (signatures
 * on one document are added one at a time, in the order the parties approved).
 */
@ApplicationScoped
public class OutboxSigning {

    private static final Logger LOG = Logger.getLogger(OutboxSigning.class.getName());

    @Inject
    SigningOutboxRepository outbox;

    @Inject
    SignedDocumentRepository documents;

    @Inject
    SigningCredentials credentials;

    @Inject
    DocumentSigner signer;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Signs the next job that is due, if any.
     *
     * @param claimed receives the id of the job taken, before anything can fail, so that a failure can be recorded
     *                against it once this transaction has rolled back
     * @return whether a job was taken (and signed: a failure throws)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean signNext(long[] claimed) {
        SigningJob job = outbox.claimNext(clock.instant()).orElse(null);
        if (job == null) {
            return false;
        }
        claimed[0] = job.getId();
        SignedDocument document = documents.forUpdate(job.getVersionId(), job.getRound()).orElseThrow(() ->
                new IllegalStateException("No document of version " + job.getVersionId() + " round " + job.getRound()));
        List<DocumentSignature> earlier = documents.signatures(document.getId());
        if (earlier.stream().anyMatch(s -> s.getOrganisationId() == job.getOrganisationId())) {
            // Already on the document (a signature is never made twice): the job only had to learn it.
            job.signed(clock.instant());
            return true;
        }
        SigningCredentials.Unsealed credential = credentials.keyFor(job.getOrganisationId(), job.getOrganisationName(),
                job.getSignerEmail(), job.getDecidedAt());
        SignatureRequest request = new SignatureRequest(job.getSignerName(), job.getSignerEmail(),
                DocumentSigning.SIGNER_ROLE, job.getOrganisationName(), job.getDecidedAt(), earlier.isEmpty(),
                job.getIdentifiedBy());
        DocumentSigner.Signed signed = signer.sign(document.content(), request, credential.key());
        byte[] pdf = signed.pdf();
        Instant now = clock.instant();
        document.signed(pdf, now);
        DocumentSignature signature = documents.add(new DocumentSignature(document.getId(), earlier.size() + 1, request,
                job.getOrganisationId(), credential.credentialId(), signed.timestamped(), pdf));
        job.signed(now);
        audit.change("DOCUMENT_SIGNED", "AgreementVersion", job.getVersionId(), Messages.text("document.DocumentSigning.signed",
                job.getReference(), job.getVersionNumber(), job.getSignerName(), job.getOrganisationName(),
                signature.getSequenceNumber(),
                request.certify() ? Messages.text("document.DocumentSigning.certifyingTheDocument") : "",
                signed.timestamped() ? Messages.text("document.DocumentSigning.timestamped") : "",
                signature.getRevisionSha256()), null, null);
        return true;
    }

    /**
     * Records why a job could not be signed, in a transaction of its own (the signing one rolled back), and when it is
     * tried again. The first failure goes to the audit trail; every one to the log.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long jobId, String reason) {
        outbox.find(jobId).filter(j -> j.getState() == SigningJob.State.SIGNING).ifPresent(job -> {
            job.failed(reason, clock.instant());
            LOG.warning("event=document_signing_failed job=" + jobId + " version=" + job.getVersionId() + " organisation="
                    + job.getOrganisationId() + " attempts=" + job.getAttempts() + " next_attempt=" + job.getNextAttemptAt()
                    + " reason=\"" + job.getLastError() + "\"");
            if (job.getAttempts() == 1) {
                audit.change("DOCUMENT_SIGNING_FAILED", "AgreementVersion", job.getVersionId(),
                        Messages.text("document.OutboxSigning.signingFailed", job.getReference(), job.getVersionNumber(),
                                job.getOrganisationName(), job.getLastError()), null, null);
            }
        });
    }
}
