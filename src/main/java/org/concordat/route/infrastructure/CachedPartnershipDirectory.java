package org.concordat.route.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.route.application.PartnershipDirectory;
import org.concordat.security.application.CallerDirectory;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Role;
import org.concordat.shared.infrastructure.ChangeFeed;
import org.concordat.shared.infrastructure.ReadModelSync;
import org.concordat.shared.infrastructure.ReadThroughCache;

/**
 * Organisations and their DPOs as the organisation and security features answer them, kept until the change feed
 * says an organisation or a user changed. Without a change feed (the embedded database), asked afresh each time.
 */
@ApplicationScoped
public class CachedPartnershipDirectory implements PartnershipDirectory, ReadModelSync.Model {

    private final ReadThroughCache<Long, Optional<OrganisationData>> organisations = new ReadThroughCache<>();
    private final ReadThroughCache<Long, List<Caller>> dpos = new ReadThroughCache<>();
    private final ReadModelSync sync;

    @Inject
    OrganisationQueries organisationQueries;

    @Inject
    CallerDirectory callers;

    @Inject
    public CachedPartnershipDirectory(ChangeFeed feed) {
        this.sync = new ReadModelSync(feed, this);
    }

    /** For CDI's proxy only. */
    protected CachedPartnershipDirectory() {
        this.sync = null;
    }

    @Override
    public Optional<OrganisationData> activeOrganisation(long id) {
        return sync.current() ? organisations.get(id, organisationQueries::findActive)
                : organisationQueries.findActive(id);
    }

    @Override
    public List<Caller> activeDpos(long organisationId) {
        return sync.current() ? dpos.get(organisationId, this::readDpos) : readDpos(organisationId);
    }

    @Override
    public void reloadAll() {
        organisations.clear();
        dpos.clear();
    }

    @Override
    public boolean apply(ChangeFeed.Changes changes) {
        changes.of("organisation").forEach(id -> {
            organisations.evict(id);
            dpos.evict(id);
        });
        // A user's change (a role, deactivation, a move) names the user, not the organisation: all are read again.
        if (!changes.of("user").isEmpty()) {
            dpos.clear();
        }
        return true;
    }

    private List<Caller> readDpos(long organisationId) {
        return callers.activeHolders(organisationId, Role.DPO);
    }
}
