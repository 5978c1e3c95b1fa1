package org.concordat.security.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordat.security.domain.OidcProvider;
import org.concordat.shared.application.Settings;
import org.concordat.shared.domain.Role;

/**
 * Reads the single sign-on providers from the environment (or the same names as system properties), so that
 * client secrets live with the server's other secrets and never in the database. Kept in one place so that it can
 * join a general settings class later.
 *
 * <pre>
 * CONCORDAT_OIDC_PROVIDERS=council,police
 * CONCORDAT_OIDC_COUNCIL_ISSUER=https://login.microsoftonline.com/&lt;tenant&gt;/v2.0
 * CONCORDAT_OIDC_COUNCIL_CLIENT_ID=…
 * CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET=…   or  CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET_FILE=/run/secrets/council
 * CONCORDAT_OIDC_COUNCIL_ORGANISATION=Northshire County Council
 * CONCORDAT_OIDC_COUNCIL_DOMAINS=council.northshire.example
 * CONCORDAT_OIDC_COUNCIL_ROLES_CLAIM=roles                 (optional)
 * CONCORDAT_OIDC_COUNCIL_ROLE_MAP=concordat-ig-lead=IG_LEAD,concordat-dpo=DPO   (optional)
 * CONCORDAT_OIDC_CLOCK_SKEW_SECONDS=60                     (optional, 0 to 300)
 * </pre>
 */
public final class OidcSettings {

    static final int DEFAULT_CLOCK_SKEW = 60;
    static final int MAX_CLOCK_SKEW = 300;

    private final Function<String, String> source;

    public OidcSettings(Function<String, String> source) {
        this.source = source;
    }

    /** The installation's settings (MicroProfile Config: a system property of the same name wins over the environment). */
    public static OidcSettings from(Settings settings) {
        // The public address is the installation's own setting; every other one is single sign-on's.
        return new OidcSettings(name -> (name.equals("CONCORDAT_BASE_URL") ? settings.configuredBaseUrl()
                : settings.singleSignOn(name)).orElse(null));
    }

    /** Every configured provider; a provider with a missing or wrong setting stops the list with a clear message. */
    public List<OidcProvider> providers() {
        List<OidcProvider> providers = new ArrayList<>();
        for (String key : list(value("CONCORDAT_OIDC_PROVIDERS").orElse(""))) {
            providers.add(provider(key.toLowerCase(Locale.ROOT)));
        }
        Set<String> domains = new java.util.HashSet<>();
        for (OidcProvider p : providers) {
            for (String d : p.domains()) {
                if (!domains.add(d)) {
                    throw new IllegalStateException("The e-mail domain " + d + " is given to two single sign-on providers");
                }
            }
        }
        return List.copyOf(providers);
    }

    /** How far an ID token's times may be off the server's clock, bounded. */
    public int clockSkewSeconds() {
        int skew = value("CONCORDAT_OIDC_CLOCK_SKEW_SECONDS").map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("CONCORDAT_OIDC_CLOCK_SKEW_SECONDS must be a whole number of seconds");
            }
        }).orElse(DEFAULT_CLOCK_SKEW);
        if (skew < 0 || skew > MAX_CLOCK_SKEW) {
            throw new IllegalStateException("CONCORDAT_OIDC_CLOCK_SKEW_SECONDS must be between 0 and " + MAX_CLOCK_SKEW);
        }
        return skew;
    }

    /** Concordat's public address, shared with the e-mails' links. */
    public Optional<String> publicBaseUrl() {
        return value("CONCORDAT_BASE_URL");
    }

    private OidcProvider provider(String key) {
        if (!key.matches("[a-z0-9_]+")) {
            throw new IllegalStateException("A single sign-on provider's key may hold only letters, digits and _: " + key);
        }
        String prefix = "CONCORDAT_OIDC_" + key.toUpperCase(Locale.ROOT) + "_";
        String issuer = required(prefix + "ISSUER");
        String clientId = required(prefix + "CLIENT_ID");
        String secret = value(prefix + "CLIENT_SECRET").orElseGet(() -> value(prefix + "CLIENT_SECRET_FILE")
                .map(file -> readSecret(prefix + "CLIENT_SECRET_FILE", file))
                .orElseThrow(() -> new IllegalStateException(prefix + "CLIENT_SECRET or " + prefix
                        + "CLIENT_SECRET_FILE must be set")));
        String organisation = required(prefix + "ORGANISATION");
        Set<String> domains = list(required(prefix + "DOMAINS")).stream()
                .map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Optional<String> rolesClaim = value(prefix + "ROLES_CLAIM");
        Map<String, Role> roleMap = new LinkedHashMap<>();
        for (String pair : list(value(prefix + "ROLE_MAP").orElse(""))) {
            int eq = pair.lastIndexOf('=');
            if (eq < 1) {
                throw new IllegalStateException(prefix + "ROLE_MAP must read claim-value=ROLE,…; not " + pair);
            }
            Role role;
            try {
                role = Role.valueOf(pair.substring(eq + 1).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(prefix + "ROLE_MAP names an unknown role: " + pair.substring(eq + 1));
            }
            if (role == Role.ADMIN) {
                throw new IllegalStateException(prefix + "ROLE_MAP cannot give ADMIN");
            }
            roleMap.put(pair.substring(0, eq).trim(), role);
        }
        return new OidcProvider(key, issuer, clientId, secret, organisation, domains, rolesClaim, roleMap);
    }

    private String required(String name) {
        return value(name).orElseThrow(() -> new IllegalStateException(name + " must be set"));
    }

    private Optional<String> value(String name) {
        return Optional.ofNullable(source.apply(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static String readSecret(String name, String file) {
        try {
            String secret = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) {
                throw new IllegalStateException(name + " names an empty file");
            }
            return secret;
        } catch (IOException e) {
            // The file's name is configuration, not a secret; its content never appears in a message.
            throw new IllegalStateException(name + " cannot be read: " + file);
        }
    }
}
