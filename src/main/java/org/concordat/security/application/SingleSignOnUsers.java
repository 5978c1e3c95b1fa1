package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.audit.application.AuditLog;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.security.application.OpenIdConnect.PendingSignOn;
import org.concordat.security.application.OpenIdConnect.Reason;
import org.concordat.security.application.OpenIdConnect.SignOnRefused;
import org.concordat.security.application.OpenIdConnect.VerifiedIdentity;
import org.concordat.security.domain.OidcProvider;
import org.concordat.security.domain.UserAccount;
import org.concordat.security.domain.UserDetails;
import org.concordat.security.domain.UserRepository;
import org.concordat.shared.domain.Role;
import org.concordat.shared.domain.Messages;


/**
 * Just-in-time provisioning for single sign-on, in its own transaction: finds the user the provider's issuer and
 * subject stand for, links a user an administrator added before (same organisation, same address, no other
 * provider), or creates one with no password. Every refusal names its reason.
 */
@ApplicationScoped
public class SingleSignOnUsers {

    @Inject
    UserRepository users;

    @Inject
    OrganisationQueries organisations;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public SingleSignOnCredential provision(OidcProvider provider, VerifiedIdentity identity) {
        String email = identity.email().map(UserAccount::normaliseEmail)
                .orElseThrow(() -> new SignOnRefused(Reason.WRONG_DOMAIN, Messages.text("security.sso.noEmail")));
        if (!provider.covers(email)) {
            throw new SignOnRefused(Reason.WRONG_DOMAIN, Messages.text("security.sso.notOfTheDomains", email, provider.key()));
        }
        OrganisationData organisation = organisations.findByName(provider.organisation())
                .orElseThrow(() -> new SignOnRefused(Reason.PROVIDER_UNAVAILABLE,
                        Messages.text("security.sso.noOrganisation", provider.organisation())));
        if (!organisation.active()) {
            throw new SignOnRefused(Reason.DEACTIVATED, Messages.text("security.sso.organisationInactive", organisation.id()));
        }
        UserAccount user = users.findBySingleSignOn(identity.issuer(), identity.subject())
                .orElseGet(() -> linkOrCreate(provider, identity, email, organisation));
        if (user.getOrganisationId() != organisation.id()) {
            throw new SignOnRefused(Reason.ACCOUNT_CONFLICT, Messages.text("security.sso.userOfAnotherOrganisation", identity.subject(),
                    user.getOrganisationId()));
        }
        // (Whether the user can act is read again after this commits, by the identity store, from the read model.)
        if (!user.isActive()) {
            throw new SignOnRefused(Reason.DEACTIVATED, Messages.text("security.sso.userInactive", email));
        }
        if (provider.rolesClaim().isPresent()) {
            // The provider's roles are read at every sign-in, so that someone who leaves the IG team there loses the
            // role here too; roles given in Concordat stay.
            var before = user.details();
            if (user.takeRolesFromProvider(claimedRoles(provider, identity), clock.instant())) {
                audit.change("USER_ROLES_FROM_PROVIDER", "User", user.getId(), Messages.text("security.sso.rolesTaken",
                        email, identity.issuer()), before, user.details());
            }
        }
        return new SingleSignOnCredential(user.getId(), identity.issuer(), identity.subject());
    }

    private UserAccount linkOrCreate(OidcProvider provider, VerifiedIdentity identity, String email,
                                     OrganisationData organisation) {
        Optional<UserAccount> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            UserAccount user = existing.get();
            if (user.getSsoIssuer() != null || user.getOrganisationId() != organisation.id()) {
                throw new SignOnRefused(Reason.ACCOUNT_CONFLICT, Messages.text("security.sso.anotherSignInsUser", email));
            }
            if (!user.isActive()) {
                throw new SignOnRefused(Reason.DEACTIVATED, Messages.text("security.sso.userInactive", email));
            }
            // A user the administrator added before the organisation had single sign-on: from now on its provider
            // signs them in and their password stops working.
            user.linkSingleSignOn(identity.issuer(), identity.subject(), clock.instant());
            audit.change("USER_SSO_LINKED", "User", user.getId(), Messages.text("security.sso.linked", email, identity.issuer(),
                    identity.subject()), null, null);
            return user;
        }
        Set<Role> roles = EnumSet.of(Role.PRACTITIONER);
        roles.addAll(claimedRoles(provider, identity));
        String name = identity.name().filter(n -> !n.isBlank()).orElse(email);
        UserDetails details = new UserDetails(organisation.id(), name.length() > 200 ? name.substring(0, 200) : name,
                email, null, roles);
        UserAccount user = users.add(UserAccount.signedOnBy(details, identity.issuer(), identity.subject(), clock.instant()));
        users.flush();
        audit.change("USER_PROVISIONED", "User", user.getId(), Messages.text("security.sso.provisioned", email, identity.issuer(),
                identity.subject()), null, user.details());
        return user;
    }

    /** The roles the provider's claim maps to at this sign-in; none when no claim is configured. */
    private static Set<Role> claimedRoles(OidcProvider provider, VerifiedIdentity identity) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        provider.rolesClaim().ifPresent(claim -> roles.addAll(provider.rolesFor(claimValues(identity.claims(), claim))));
        return roles;
    }

    /** The values of a claim given by a dotted path (realm_access.roles), as strings; none when absent. */
    static List<String> claimValues(Map<String, Object> claims, String path) {
        Object node = claims;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return List.of();
            }
            node = map.get(part);
        }
        List<String> values = new ArrayList<>();
        if (node instanceof Collection<?> many) {
            many.forEach(v -> values.add(String.valueOf(v)));
        } else if (node != null) {
            values.add(String.valueOf(node));
        }
        return values;
    }
}
