package org.concordat.setup.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Start-up settings from the environment (see README): CONCORDAT_DEMO, CONCORDAT_ADMIN_EMAIL,
 * CONCORDAT_ADMIN_PASSWORD, CONCORDAT_ADMIN_NAME, CONCORDAT_ADMIN_ORGANISATION, CONCORDAT_SECURITY_CONTACT,
 * CONCORDAT_BASE_URL.
 */
@ApplicationScoped
public class Settings {

    /** The first administrator's sign-in when CONCORDAT_ADMIN_EMAIL is not set. */
    public static final String DEFAULT_ADMIN_EMAIL = "admin@concordat.local";

    /** Where variables are read: the process environment (a test may give another). */
    UnaryOperator<String> environment = System::getenv;

    public boolean demoMode() {
        return Boolean.parseBoolean(env("CONCORDAT_DEMO").orElse("false").trim());
    }

    public Optional<String> adminEmail() {
        return env("CONCORDAT_ADMIN_EMAIL");
    }

    /** Read once at start-up and never logged. */
    public Optional<String> adminPassword() {
        return env("CONCORDAT_ADMIN_PASSWORD");
    }

    public String adminName() {
        return env("CONCORDAT_ADMIN_NAME").orElse("Concordat administrator");
    }

    public String adminOrganisation() {
        return env("CONCORDAT_ADMIN_ORGANISATION").orElse("Partnership administration");
    }

    /**
     * Whom to tell about a vulnerability (security.txt): CONCORDAT_SECURITY_CONTACT — an e-mail address, or a
     * {@code mailto:}, {@code https:} or {@code tel:} URI — or else the first administrator's e-mail address.
     */
    public String securityContact() {
        return env("CONCORDAT_SECURITY_CONTACT").or(this::adminEmail).orElse(DEFAULT_ADMIN_EMAIL).trim();
    }

    /** The address people reach Concordat at (CONCORDAT_BASE_URL), without a trailing slash. */
    public String baseUrl() {
        String url = env("CONCORDAT_BASE_URL").orElse("http://localhost:8080").trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private Optional<String> env(String name) {
        return Optional.ofNullable(environment.apply(name)).filter(v -> !v.isBlank());
    }
}
