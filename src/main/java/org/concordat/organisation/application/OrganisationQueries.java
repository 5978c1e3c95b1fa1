package org.concordat.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.concordat.organisation.domain.Organisation;
import org.concordat.organisation.domain.OrganisationRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;

/**
 * Reading organisations. The directory (names, sectors, DPO contacts) is open to every signed-in user, because
 * practitioners need to find the organisation they want to share with; deactivated ones only to administrators.
 */
@ApplicationScoped
@Transactional
public class OrganisationQueries {

    @Inject
    OrganisationRepository repository;

    @Inject
    AccessGuard guard;

    public List<OrganisationData> search(String text, boolean includeInactive) {
        Caller caller = guard.signedIn();
        boolean inactiveToo = includeInactive && caller.has(Role.ADMIN);
        return repository.search(text, inactiveToo).stream().map(OrganisationData::of).toList();
    }

    /** The directory a page at a time, by name (deactivated organisations only for an administrator who asks). */
    public org.concordat.shared.domain.Page<OrganisationData> search(String text, boolean includeInactive,
                                                                     org.concordat.shared.domain.PageRequest page) {
        Caller caller = guard.signedIn();
        boolean inactiveToo = includeInactive && caller.has(Role.ADMIN);
        return repository.search(text, inactiveToo, page).map(OrganisationData::of);
    }

    public OrganisationData get(long id) {
        Caller caller = guard.signedIn();
        return repository.find(id)
                .filter(o -> o.isActive() || caller.has(Role.ADMIN))
                .map(OrganisationData::of)
                .orElseThrow(() -> new NotFoundException("Organisation " + id));
    }

    /** For other features' use cases (no caller check: they have done their own). */
    public Optional<OrganisationData> findActive(long id) {
        return repository.find(id).filter(o -> o.isActive()).map(OrganisationData::of);
    }

    /**
     * The language an organisation's documents are written in (its IG lead's choice, English until then), for the
     * documents of what it leads. No caller check: the rendering use case has done its own.
     */
    public Language documentLanguage(long id) {
        return repository.find(id).map(Organisation::getDocumentLanguage).orElse(Language.ENGLISH);
    }

    public Optional<OrganisationData> findByIdAnyState(long id) {
        return repository.find(id).map(OrganisationData::of);
    }

    public Optional<OrganisationData> findByName(String name) {
        return repository.findByName(name).map(OrganisationData::of);
    }

    public long count() {
        return repository.count();
    }
}
