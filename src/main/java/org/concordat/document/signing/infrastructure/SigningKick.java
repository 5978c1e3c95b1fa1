package org.concordat.document.signing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.concordat.document.signing.application.SigningQueued;

/** Starts the signing worker once a transaction that queued signatures has committed (never before, never on rollback). */
@ApplicationScoped
public class SigningKick {

    @Inject
    SigningWorker worker;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SigningQueued queued) {
        worker.soon();
    }
}
