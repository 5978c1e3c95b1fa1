package org.concordat.security.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.security.domain.OidcProvider;
import org.concordat.shared.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The single sign-on settings: each provider's values, the secret from a file, and every mistake named. */
class OidcSettingsTest {

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>(Map.of(
            "CONCORDAT_OIDC_PROVIDERS", " Council ",
            "CONCORDAT_OIDC_COUNCIL_ISSUER", "https://login.microsoftonline.com/tenant/v2.0",
            "CONCORDAT_OIDC_COUNCIL_CLIENT_ID", "client-1",
            "CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET", "s3cret",
            "CONCORDAT_OIDC_COUNCIL_ORGANISATION", "Northshire County Council",
            "CONCORDAT_OIDC_COUNCIL_DOMAINS", "Council.Northshire.example, social.northshire.example"));

    private OidcSettings settings() {
        return new OidcSettings(env::get);
    }

    /** The server's way in: the installation's settings, where the public address is not single sign-on's own. */
    @Test
    void theServersSettingsGiveTheProvidersAndThePublicAddress() {
        OidcSettings settings = OidcSettings.from(org.concordat.shared.application.Settings.of(Map.of(
                "CONCORDAT_BASE_URL", "https://concordat.northshire.example",
                "CONCORDAT_OIDC_PROVIDERS", "council",
                "CONCORDAT_OIDC_COUNCIL_ISSUER", "https://login.example/realms/council",
                "CONCORDAT_OIDC_COUNCIL_CLIENT_ID", "concordat",
                "CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET", "s3cret-value",
                "CONCORDAT_OIDC_COUNCIL_ORGANISATION", "Northshire County Council",
                "CONCORDAT_OIDC_COUNCIL_DOMAINS", "northshire.example")));

        assertEquals(Optional.of("https://concordat.northshire.example"), settings.publicBaseUrl());
        assertEquals(List.of("https://login.example/realms/council"),
                settings.providers().stream().map(p -> p.issuer()).toList());
    }

    @Test
    void readsAProvider() {
        env.put("CONCORDAT_OIDC_COUNCIL_ROLES_CLAIM", "roles");
        env.put("CONCORDAT_OIDC_COUNCIL_ROLE_MAP", "Concordat.IGLead=ig_lead, Concordat.DPO=DPO");
        OidcProvider p = settings().providers().get(0);
        assertEquals("council", p.key());
        assertEquals("https://login.microsoftonline.com/tenant/v2.0", p.issuer());
        assertEquals("client-1", p.clientId());
        assertEquals("s3cret", p.clientSecret());
        assertEquals(Set.of("council.northshire.example", "social.northshire.example"), p.domains());
        assertEquals(Optional.of("roles"), p.rolesClaim());
        assertEquals(Set.of(Role.IG_LEAD, Role.DPO), p.rolesFor(List.of("Concordat.IGLead", "Concordat.DPO", "other")));
        assertFalse(p.toString().contains("s3cret"), "the secret is never printed");
    }

    @Test
    void noProvidersIsAnEmptyList() {
        assertEquals(List.of(), new OidcSettings(name -> null).providers());
    }

    @Test
    void readsTheSecretFromAFile() throws Exception {
        env.remove("CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET");
        Path file = Files.writeString(dir.resolve("secret"), "from-a-file\n");
        env.put("CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET_FILE", file.toString());
        assertEquals("from-a-file", settings().providers().get(0).clientSecret());

        env.put("CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET_FILE", dir.resolve("missing").toString());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> settings().providers());
        assertTrue(e.getMessage().contains("CLIENT_SECRET_FILE cannot be read"), e.getMessage());
    }

    @Test
    void namesWhatIsMissingOrWrong() {
        env.remove("CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET");
        assertTrue(assertThrows(IllegalStateException.class, () -> settings().providers()).getMessage()
                .contains("CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET or CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET_FILE must be set"));
        env.put("CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET", "s");
        env.remove("CONCORDAT_OIDC_COUNCIL_ISSUER");
        assertTrue(assertThrows(IllegalStateException.class, () -> settings().providers()).getMessage()
                .contains("CONCORDAT_OIDC_COUNCIL_ISSUER must be set"));
        env.put("CONCORDAT_OIDC_COUNCIL_ISSUER", "https://idp.example");
        env.put("CONCORDAT_OIDC_COUNCIL_ROLE_MAP", "everyone=ADMIN");
        assertTrue(assertThrows(IllegalStateException.class, () -> settings().providers()).getMessage()
                .contains("cannot give ADMIN"));
        env.put("CONCORDAT_OIDC_COUNCIL_ROLE_MAP", "x=BOSS");
        assertTrue(assertThrows(IllegalStateException.class, () -> settings().providers()).getMessage()
                .contains("unknown role"));
    }

    @Test
    void aDomainBelongsToOneProviderOnly() {
        env.remove("CONCORDAT_OIDC_COUNCIL_ROLE_MAP");
        env.put("CONCORDAT_OIDC_PROVIDERS", "council,police");
        env.put("CONCORDAT_OIDC_POLICE_ISSUER", "https://idp.police.example");
        env.put("CONCORDAT_OIDC_POLICE_CLIENT_ID", "c");
        env.put("CONCORDAT_OIDC_POLICE_CLIENT_SECRET", "s");
        env.put("CONCORDAT_OIDC_POLICE_ORGANISATION", "Northshire Police");
        env.put("CONCORDAT_OIDC_POLICE_DOMAINS", "council.northshire.example");
        assertTrue(assertThrows(IllegalStateException.class, () -> settings().providers()).getMessage()
                .contains("given to two single sign-on providers"));
    }

    @Test
    void clockSkewIsBounded() {
        assertEquals(60, settings().clockSkewSeconds());
        env.put("CONCORDAT_OIDC_CLOCK_SKEW_SECONDS", "301");
        assertThrows(IllegalStateException.class, () -> settings().clockSkewSeconds());
        env.put("CONCORDAT_OIDC_CLOCK_SKEW_SECONDS", "soon");
        assertThrows(IllegalStateException.class, () -> settings().clockSkewSeconds());
        env.put("CONCORDAT_OIDC_CLOCK_SKEW_SECONDS", "5");
        assertEquals(5, settings().clockSkewSeconds());
    }

    @Test
    void aProviderCoversItsDomainsExactly() {
        OidcProvider p = settings().providers().get(0);
        assertTrue(p.covers("Jo.Bloggs@COUNCIL.northshire.example"));
        assertFalse(p.covers("jo@evil.council.northshire.example"), "no sub-domains");
        assertFalse(p.covers("jo@council.northshire.example.evil.test"));
        assertFalse(p.covers("council.northshire.example"));
        assertFalse(p.covers(null));
    }
}
