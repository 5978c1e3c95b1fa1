package org.concordat.security.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.shared.domain.Role;

/**
 * An organisation's OpenID Connect provider, as the administrator configured it (never stored in the database).
 *
 * @param key          the name in the settings (CONCORDAT_OIDC_&lt;KEY&gt;_…), lower case
 * @param issuer       the issuer exactly as the provider names itself; discovery and every ID token must match it
 * @param clientId     Concordat's client id at the provider
 * @param clientSecret the client secret; never logged, never shown (toString leaves it out)
 * @param organisation the exact name of the Concordat organisation whose people it signs in
 * @param domains      e-mail domains (lower case) whose people are sent to this provider
 * @param rolesClaim   optional claim (dotted path, e.g. realm_access.roles) read for extra roles at first sign-in
 * @param roleMap      claim value to role; PRACTITIONER is always given, ADMIN never
 */
public record OidcProvider(String key, String issuer, String clientId, String clientSecret, String organisation,
                           Set<String> domains, Optional<String> rolesClaim, Map<String, Role> roleMap) {

    public OidcProvider {
        domains = Set.copyOf(domains);
        roleMap = Map.copyOf(roleMap);
        if (roleMap.containsValue(Role.ADMIN)) {
            // The partnership's administrator is never made by one member organisation's directory.
            throw new IllegalArgumentException("ADMIN cannot be given through a claim mapping");
        }
    }

    /** Whether the e-mail address is one of this provider's domains (exactly: no sub-domains). */
    public boolean covers(String email) {
        return domainOf(email).map(domains::contains).orElse(false);
    }

    public static Optional<String> domainOf(String email) {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.trim().lastIndexOf('@');
        if (at < 1 || at == email.trim().length() - 1) {
            return Optional.empty();
        }
        return Optional.of(email.trim().substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** The roles the claim's values map to (unknown values are ignored). */
    public Set<Role> rolesFor(List<String> claimValues) {
        return claimValues.stream().map(roleMap::get).filter(r -> r != null).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public String toString() {
        return "OidcProvider[key=" + key + ", issuer=" + issuer + ", clientId=" + clientId + ", organisation="
                + organisation + ", domains=" + domains + "]";
    }
}
