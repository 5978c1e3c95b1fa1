package org.concordat.document.signing.infrastructure;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordat.document.signing.application.OutboxSigning;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.application.Settings;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/**
 * Works through the signing outbox: at once after an approval commits ({@link SigningKick}), and every 15 seconds
 * for whatever is left (a server that stopped between an approval and its signature, a failed signature due again).
 * Any number of runs, on one server or several, may overlap: each job is claimed with SELECT … FOR UPDATE SKIP LOCKED.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SigningWorker {

    private static final Logger LOG = Logger.getLogger(SigningWorker.class.getName());
    /** One run signs at most this many, so a run always ends; the next picks up the rest. */
    private static final int MAX_PER_RUN = 500;
    /** A system property: while true, nothing is signed (the jobs wait, as after a crash). */

    @Inject
    Settings settings;

    @Inject
    OutboxSigning signing;

    @Inject
    CurrentCaller caller;

    @Asynchronous
    public void soon() {
        drain();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "signing outbox")
    void sweep() {
        drain();
    }

    /** Signs every job due now, each in its own transaction; returns how many were signed. */
    public int drain() {
        if (settings.signingPaused()) {
            // Maintenance (a key password being changed) or a test of what a crash leaves: approvals still queue.
            return 0;
        }
        caller.actAsSystem("document signing");
        int signed = 0;
        for (int i = 0; i < MAX_PER_RUN; i++) {
            long[] claimed = {-1};
            try {
                if (!signing.signNext(claimed)) {
                    break;
                }
                signed++;
            } catch (RuntimeException e) {
                if (claimed[0] < 0) {
                    LOG.log(Level.WARNING, "event=signing_outbox_unavailable", e);
                    break;
                }
                if (!(e instanceof InvalidInputException)) {
                    LOG.log(Level.SEVERE, "event=document_signing_error job=" + claimed[0], e);
                }
                try {
                    signing.failed(claimed[0], reason(e));
                } catch (RuntimeException f) {
                    LOG.log(Level.WARNING, "event=signing_outbox_unavailable job=" + claimed[0], f);
                    break;
                }
            }
        }
        return signed;
    }

    /** What the parties may read: the use case's own words, otherwise only the kind of fault (never a key or password). */
    private static String reason(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.getMessage();
        }
        return Messages.text("document.SigningWorker.couldNotBeMade", e.getClass().getSimpleName());
    }
}
