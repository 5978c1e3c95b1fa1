package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.security.domain.UserAccount;
import org.concordat.security.domain.UserRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;

/**
 * Reading users. Administrators see everyone; an IG lead sees the people of their own organisation; anyone
 * sees themselves. A user of another organisation is "not found", never "forbidden", so ids cannot be probed.
 */
@ApplicationScoped
@Transactional
public class UserQueries {

    @Inject
    UserRepository users;

    @Inject
    OrganisationQueries organisations;

    @Inject
    AccessGuard guard;

    /** A page of the people the caller may list: an administrator everyone (of one organisation if asked), an IG lead their own. */
    public Page<UserData> search(String text, Long organisationId, boolean includeInactive, PageRequest page) {
        Caller caller = guard.requireAny("list users", Role.ADMIN, Role.IG_LEAD);
        Long scope = caller.has(Role.ADMIN) ? organisationId : Long.valueOf(caller.organisationId());
        return users.search(text, scope, includeInactive, page).map(this::toData);
    }

    public UserData get(long id) {
        Caller caller = guard.signedIn();
        UserAccount user = users.find(id).orElseThrow(() -> new NotFoundException("User " + id));
        boolean visible = caller.has(Role.ADMIN) || caller.userId() == id
                || (caller.has(Role.IG_LEAD) && caller.belongsTo(user.getOrganisationId()));
        if (!visible) {
            throw new NotFoundException("User " + id);
        }
        return toData(user);
    }

    public UserData me() {
        Caller caller = guard.signedIn();
        return users.find(caller.userId()).map(this::toData)
                .orElseThrow(() -> new NotFoundException("User " + caller.userId()));
    }

    /**
     * The names of the people with these e-mail addresses, for pages that show who did something (a history shows
     * names, never addresses, wherever the person is known). Addresses of no user are left out. The caller must be
     * signed in; the feature asking has already decided the caller may read the record the addresses come from.
     */
    public java.util.Map<String, String> names(java.util.Collection<String> emails) {
        guard.signedIn();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        emails.stream().filter(e -> e != null && !e.isBlank()).distinct().forEach(email ->
                users.findByEmail(UserAccount.normaliseEmail(email)).ifPresent(u -> names.put(email, u.getFullName())));
        return names;
    }

    public long count() {
        return users.count();
    }

    UserData toData(UserAccount user) {
        String organisationName = organisations.findByIdAnyState(user.getOrganisationId())
                .map(OrganisationData::name).orElse("");
        return UserData.of(user, organisationName);
    }
}
