package org.concordat.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Every setting that differs between installations, in one place (README, "Production"), read through MicroProfile
 * Config: a system property of the setting's name wins over the environment variable MicroProfile Config maps it to
 * (each character that is not a letter or digit becomes {@code _}, then upper case: {@code concordat.base-url} is
 * {@code CONCORDAT_BASE_URL}), which wins over the default here. No other class reads the environment or the system
 * properties ({@code ConfigurationTest} checks), so each setting has one default and one reason.
 *
 * <p>Values are read when asked for, not cached: the rate limit is changed on a running server through a system
 * property. A blank value counts as unset. Secrets (the passwords) are returned to their one user and never logged.
 */
@ApplicationScoped
public class Settings {

    /** The first administrator's sign-in when CONCORDAT_ADMIN_EMAIL is not set. */
    public static final String DEFAULT_ADMIN_EMAIL = "admin@concordat.local";
    /** The API's requests a second per token when CONCORDAT_API_RATE_LIMIT is not set. */
    public static final double DEFAULT_API_RATE_LIMIT = 50;

    static final String DEMO = "concordat.demo";
    static final String ADMIN_EMAIL = "concordat.admin.email";
    static final String ADMIN_PASSWORD = "concordat.admin.password";
    static final String ADMIN_NAME = "concordat.admin.name";
    static final String ADMIN_ORGANISATION = "concordat.admin.organisation";
    static final String SECURITY_CONTACT = "concordat.security.contact";
    static final String BASE_URL = "concordat.base-url";
    static final String CA_PASSWORD = "concordat.ca.password";
    static final String TSA_URL = "concordat.tsa.url";
    public static final String SIGNING_PAUSED = "concordat.signing.paused";
    public static final String API_RATE_LIMIT = "concordat.api.rate-limit";
    public static final String API_RATE_BURST = "concordat.api.rate-burst";

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    /** A setting's raw value by its property name; empty when unset. */
    private final Function<String, Optional<String>> source;
    /** The last unusable value warned about per setting, so that a setting read at every request warns once. */
    private final Map<String, String> warned = new ConcurrentHashMap<>();

    /** For the container's proxy only. */
    protected Settings() {
        this.source = name -> Optional.empty();
    }

    /**
     * From MicroProfile Config's sources, the highest ordinal first (system properties, the environment, then any
     * other), each value taken as written: {@code getValue} would expand a {@code ${…}} in it, and a password may
     * hold one.
     */
    @Inject
    public Settings(Config config) {
        this.source = name -> {
            for (ConfigSource configSource : config.getConfigSources()) {
                String value = configSource.getValue(name);
                if (value != null) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        };
    }

    private Settings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /**
     * Settings from a map (tests, tools): a key may be the property name ({@code concordat.base-url}) or the
     * environment variable it maps to ({@code CONCORDAT_BASE_URL}), as with MicroProfile Config.
     */
    public static Settings of(Map<String, String> values) {
        return new Settings(name -> Optional.ofNullable(values.get(name))
                .or(() -> Optional.ofNullable(values.get(environmentName(name)))));
    }

    /** The environment variable MicroProfile Config reads for a property name. */
    public static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /**
     * CONCORDAT_SIGNING_PAUSED (or the system property concordat.signing.paused): the signing worker leaves queued
     * signatures waiting — maintenance (a key password being changed) or a test of what a crash leaves behind. Read at
     * every run of the worker, so it can be switched on a running server.
     */
    public boolean signingPaused() {
        return value(SIGNING_PAUSED).map(v -> Boolean.parseBoolean(v.trim())).orElse(false);
    }

    /**
     * A single sign-on setting (CONCORDAT_OIDC_PROVIDERS, CONCORDAT_OIDC_&lt;KEY&gt;_ISSUER and the like; see
     * security.infrastructure.OidcSettings), by its environment variable's name: which providers exist is itself a
     * setting, so their names cannot be listed here. A system property of the same name wins, as everywhere.
     */
    public Optional<String> singleSignOn(String variable) {
        if (!variable.startsWith("CONCORDAT_OIDC_")) {
            throw new IllegalArgumentException("Not a single sign-on setting: " + variable);
        }
        return value(variable);
    }

    /** CONCORDAT_DEMO: seed the demo partnership into an empty database. Off unless asked for, never in production. */
    public boolean demoMode() {
        return value(DEMO).map(v -> Boolean.parseBoolean(v.trim())).orElse(false);
    }

    /** CONCORDAT_ADMIN_EMAIL: the first administrator's sign-in; {@link #DEFAULT_ADMIN_EMAIL} when unset. */
    public Optional<String> adminEmail() {
        return value(ADMIN_EMAIL);
    }

    /**
     * CONCORDAT_ADMIN_PASSWORD: the first administrator's password. No default: without it a one-time password is
     * generated, so there is never a fixed password. Read once at start-up and never logged.
     */
    public Optional<String> adminPassword() {
        return value(ADMIN_PASSWORD);
    }

    /** CONCORDAT_ADMIN_NAME: the first administrator's name. */
    public String adminName() {
        return value(ADMIN_NAME).orElse("Concordat administrator");
    }

    /** CONCORDAT_ADMIN_ORGANISATION: the organisation the first administrator belongs to. */
    public String adminOrganisation() {
        return value(ADMIN_ORGANISATION).orElse("Partnership administration");
    }

    /**
     * CONCORDAT_SECURITY_CONTACT: whom to tell about a vulnerability (security.txt) — an e-mail address, or a
     * {@code mailto:}, {@code https:} or {@code tel:} URI — or else the first administrator's e-mail address, who is
     * at least someone who answers for the installation.
     */
    public String securityContact() {
        return value(SECURITY_CONTACT).or(this::adminEmail).orElse(DEFAULT_ADMIN_EMAIL).trim();
    }

    /**
     * CONCORDAT_BASE_URL: the address people reach Concordat at, without a trailing slash: links in emails, the
     * canonical address of security.txt, and an origin forms may come from. The default is the demo's address.
     */
    public String baseUrl() {
        return configuredBaseUrl().orElse("http://localhost:8080");
    }

    /** CONCORDAT_BASE_URL only when it is set: behind a proxy it is the origin browsers name, besides the one reached. */
    public Optional<String> configuredBaseUrl() {
        return value(BASE_URL).map(String::trim).map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /**
     * CONCORDAT_CA_PASSWORD: the password that seals the signing keys; empty when unset (the demonstration password is
     * then used, with a warning). A secret: handed to the key store only, never logged.
     */
    public Optional<char[]> signingKeyPassword() {
        return value(CA_PASSWORD).map(String::toCharArray);
    }

    /** CONCORDAT_TSA_URL: an RFC 3161 time-stamping authority for signatures; none by default (no outside call). */
    public Optional<String> timestampAuthority() {
        return value(TSA_URL).map(String::strip);
    }

    /**
     * CONCORDAT_API_RATE_LIMIT (or the system property concordat.api.rate-limit, which wins and may change on a running
     * server): API requests a second per token on each server; empty when unset or not a positive number (the caller
     * then uses {@link #DEFAULT_API_RATE_LIMIT}).
     */
    public OptionalDouble apiRateLimit() {
        return positiveNumber(API_RATE_LIMIT);
    }

    /** CONCORDAT_API_RATE_BURST (or concordat.api.rate-burst): how many requests may come at once; empty as above. */
    public OptionalDouble apiRateBurst() {
        return positiveNumber(API_RATE_BURST);
    }

    private OptionalDouble positiveNumber(String name) {
        Optional<String> text = value(name);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double number = Double.parseDouble(text.get().trim());
            if (number > 0 && !Double.isInfinite(number)) {
                warned.remove(name);
                return OptionalDouble.of(number);
            }
        } catch (NumberFormatException e) {
            // not a number: warned about below, and the default applies
        }
        if (!text.get().equals(warned.put(name, text.get()))) {
            LOG.warning(() -> "event=setting_ignored setting=" + environmentName(name) + " reason=\"not a positive number\"");
        }
        return OptionalDouble.empty();
    }

    private Optional<String> value(String name) {
        return source.apply(name).filter(v -> !v.isBlank());
    }
}
