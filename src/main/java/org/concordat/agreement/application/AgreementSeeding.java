package org.concordat.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementDetails;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.Decision;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyApproved;
import org.concordat.agreement.domain.PartyDetails;
import org.concordat.audit.application.AuditLog;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Messages;

/**
 * Trusted start-up work only (the demo partnership): an agreement taken through the same domain steps a real one
 * goes through — drafted, submitted, approved by each party's named signatory, whose approval signs the version's
 * document as a real one does — so that it behaves like any other, its signed PDF included. Reachable from no page and
 * no endpoint.
 */
@ApplicationScoped
public class AgreementSeeding {

    /** The signatory who approves for their organisation. */
    public record Approval(Caller signatory) {
    }

    @Inject
    AgreementRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Event<PartyApproved> approved;

    @Inject
    Clock clock;

    /** Returns the approved version's id. The first party is the lead organisation. */
    @Transactional
    public long approved(long templateVersionId, AgreementDetails details, List<PartyDetails> parties, List<FlowDetails> flows,
                         Map<String, String> answers, String author, List<Approval> approvals, boolean publicRegister) {
        Instant now = clock.instant();
        Agreement agreement = repository.add(new Agreement(Agreement.reference(java.time.LocalDate.now(clock).getYear(),
                repository.nextReferenceNumber()), parties.get(0).organisationId(), now));
        agreement.showOnPublicRegister(publicRegister);
        AgreementVersion version = AgreementVersion.firstDraft(agreement.getId(), templateVersionId, details, parties, author, now);
        flows.forEach(f -> version.saveFlow(null, f, now));
        version.replaceAnswers(answers, now);
        repository.add(version);
        // Written as a draft first: the database accepts a version's content only while it is a draft.
        repository.flush();
        version.submit(author, now);
        List<Decision> round = new ArrayList<>();
        for (Approval a : approvals) {
            Caller signatory = a.signatory();
            Decision decision = repository.add(new Decision(version.getId(), version.getSubmissionRound(),
                    signatory.organisationId(), Decision.Kind.APPROVED, null, signatory.email(), signatory.fullName(), now));
            round.add(decision);
            version.decided(decision, List.copyOf(round), now);
            repository.flush();
            // The party's signature on the document, made as at a real approval: by the signatory, with their credential.
            PartyApproved signature = new PartyApproved(agreement.getId(), agreement.getReference(), version.getId(),
                    version.getNumber(), decision.getRound(), signatory.organisationId(), signatory.organisationName(),
                    signatory.fullName(), signatory.email(), now, round.size() == approvals.size());
            currentCaller.runAs(signatory, () -> approved.fire(signature));
        }
        audit.change("AGREEMENT_SEEDED", "AgreementVersion", version.getId(), Messages.text("agreement.AgreementSeeding.seededAsApprovedByEvery",
                agreement.getReference()), null, null);
        repository.flush();
        return version.getId();
    }
}
