package org.concordat.dpia.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.concordat.agreement.application.LinkedDpias;
import org.concordat.dpia.domain.Dpia;
import org.concordat.dpia.domain.DpiaRepository;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.legal.domain.compliance.DpiaStatus;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;

/**
 * What agreements learn of their DPIAs. A DPIA counts as completed for an agreement while one of its versions is
 * COMPLETED (a newer draft does not undo that); one signed off with a high residual risk awaits the ICO's prior
 * consultation and is not completed, so the sharing cannot start.
 */
@ApplicationScoped
@Transactional
public class DpiaLinks implements LinkedDpias {

    @Inject
    DpiaRepository repository;

    @Inject
    DpiaQueries queries;

    @Inject
    AccessGuard guard;

    @Override
    public DpiaStatus statusFor(long agreementId) {
        guard.signedIn();
        List<Dpia> linked = repository.linkedTo(agreementId);
        if (linked.isEmpty()) {
            return DpiaStatus.NONE;
        }
        boolean completed = linked.stream().anyMatch(d -> repository.versions(d.getId()).stream()
                .anyMatch(v -> v.getStatus() == DpiaVersionStatus.COMPLETED));
        return completed ? DpiaStatus.COMPLETED : DpiaStatus.IN_PROGRESS;
    }

    @Override
    public List<LinkedDpia> linkedTo(long agreementId) {
        Caller caller = guard.signedIn();
        return repository.linkedTo(agreementId).stream()
                .map(d -> queries.newestVisible(caller, d).map(v -> new LinkedDpia(d.getId(), d.getReference(), v.getTitle(),
                        v.getNumber(), v.getStatus().name(), v.getId(), queries.tag(v))))
                .flatMap(Optional::stream).toList();
    }
}
