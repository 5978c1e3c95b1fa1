package org.concordat.setup.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Start-up settings from the environment (see README): CONCORDAT_DEMO, CONCORDAT_ADMIN_EMAIL,
 * CONCORDAT_ADMIN_PASSWORD, CONCORDAT_ADMIN_NAME, CONCORDAT_ADMIN_ORGANISATION.
 */
@ApplicationScoped
public class Settings {

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

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
