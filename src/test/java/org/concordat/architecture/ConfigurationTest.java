package org.concordat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import java.util.Set;
import org.concordat.shared.application.Settings;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: every installation setting is read in one place, {@link Settings}, through MicroProfile Config. No class
 * reads the environment or the system properties itself (not even Settings, which asks MicroProfile Config), so a
 * setting cannot grow a second default or a second name somewhere else.
 */
@AnalyzeClasses(packages = "org.concordat", importOptions = ImportOption.DoNotIncludeTests.class)
class ConfigurationTest {

    private static final Set<String> READERS = Set.of("getenv", "getProperty", "getProperties");

    @ArchTest
    static final ArchRule settingsAreReadOnlyThroughTheSettingsClass = noClasses()
            .should().accessTargetWhere(readsTheEnvironmentOrSystemProperties())
            .because("settings are read through org.concordat.shared.application.Settings (MicroProfile Config)");

    private static DescribedPredicate<JavaAccess<?>> readsTheEnvironmentOrSystemProperties() {
        return new DescribedPredicate<>("read the environment or the system properties") {
            @Override
            public boolean test(JavaAccess<?> access) {
                AccessTarget target = access.getTarget();
                return (target.getOwner().isEquivalentTo(System.class) && READERS.contains(target.getName()))
                        || target.getOwner().isEquivalentTo(Integer.class) && target.getName().equals("getInteger")
                        || target.getOwner().isEquivalentTo(Long.class) && target.getName().equals("getLong")
                        || target.getOwner().isEquivalentTo(Boolean.class) && target.getName().equals("getBoolean");
            }
        };
    }

    /** The rule can fail: a class that calls System.getenv, or passes System::getProperty around, breaks it. */
    @Test
    void theRuleCatchesAClassReadingTheEnvironment() {
        EvaluationResult result = settingsAreReadOnlyThroughTheSettingsClass.evaluate(
                new ClassFileImporter().importClasses(ReadsTheEnvironment.class));
        String report = result.getFailureReport().toString();
        assertTrue(report.contains("System.getenv(java.lang.String)"), report);
        assertTrue(report.contains("System.getProperty(java.lang.String)"), report);
        assertTrue(report.contains("Boolean.getBoolean"), report);
    }

    /** MicroProfile Config's mapping of a property name to the environment variable it reads (spec, "Environment Variables"). */
    @Test
    void eachSettingHasTheEnvironmentVariableTheReadmeNames() {
        assertEquals("CONCORDAT_BASE_URL", Settings.environmentName("concordat.base-url"));
        assertEquals("CONCORDAT_API_RATE_LIMIT", Settings.environmentName("concordat.api.rate-limit"));
        assertEquals("CONCORDAT_CA_PASSWORD", Settings.environmentName("concordat.ca.password"));
        Settings settings = Settings.of(Map.of("CONCORDAT_BASE_URL", "https://concordat.example/",
                "CONCORDAT_ADMIN_EMAIL", "ig@council.example", "CONCORDAT_DEMO", "true", "CONCORDAT_TSA_URL", " http://tsa.example ",
                "CONCORDAT_CA_PASSWORD", "p${not-an-expression}"));
        assertEquals("https://concordat.example", settings.baseUrl());
        assertEquals("ig@council.example", settings.securityContact());
        assertTrue(settings.demoMode());
        assertEquals("http://tsa.example", settings.timestampAuthority().orElseThrow());
        assertEquals("p${not-an-expression}", new String(settings.signingKeyPassword().orElseThrow()));
    }

    @Test
    void unsetOrBlankSettingsTakeTheirDefaults() {
        Settings settings = Settings.of(Map.of("CONCORDAT_BASE_URL", "  ", "CONCORDAT_DEMO", ""));
        assertEquals("http://localhost:8080", settings.baseUrl());
        assertTrue(settings.configuredBaseUrl().isEmpty());
        assertEquals(Settings.DEFAULT_ADMIN_EMAIL, settings.securityContact());
        assertEquals("Concordat administrator", settings.adminName());
        assertEquals("Partnership administration", settings.adminOrganisation());
        assertTrue(!settings.demoMode() && settings.adminPassword().isEmpty() && settings.signingKeyPassword().isEmpty()
                && settings.timestampAuthority().isEmpty() && settings.apiRateLimit().isEmpty());
    }

    /** Breaks the rule on purpose (test sources are not analysed by the rule above). */
    static final class ReadsTheEnvironment {
        String baseUrl() {
            return System.getenv("CONCORDAT_BASE_URL");
        }

        java.util.function.UnaryOperator<String> properties() {
            return System::getProperty;
        }

        boolean demo() {
            return Boolean.getBoolean("concordat.demo");
        }
    }
}
