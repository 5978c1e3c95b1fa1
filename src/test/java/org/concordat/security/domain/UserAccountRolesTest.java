package org.concordat.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.concordat.shared.domain.Role;
import org.junit.jupiter.api.Test;

/** The roles a single sign-on provider gives are its to take away; the roles given in Concordat stay. */
class UserAccountRolesTest {

    private static final Instant NOW = Instant.parse("2026-12-08T09:00:00Z");

    private static UserAccount provisioned(Set<Role> claimed) {
        Set<Role> roles = EnumSet.of(Role.PRACTITIONER);
        roles.addAll(claimed);
        UserAccount user = UserAccount.signedOnBy(new UserDetails(1L, "Evan Signer", "evan@council.example", null, roles),
                "https://idp.example/realms/council", "subject-1", NOW);
        user.takeRolesFromProvider(claimed, NOW);
        return user;
    }

    @Test
    void aRoleTheProviderNoLongerGivesIsTakenAwayAndPractitionerStays() {
        UserAccount user = provisioned(EnumSet.of(Role.SIGNATORY, Role.IG_LEAD));
        assertEquals(EnumSet.of(Role.PRACTITIONER, Role.SIGNATORY, Role.IG_LEAD), user.getRoles());
        assertTrue(user.takeRolesFromProvider(EnumSet.of(Role.SIGNATORY), NOW.plusSeconds(60)));
        assertEquals(EnumSet.of(Role.PRACTITIONER, Role.SIGNATORY), user.getRoles());
        assertTrue(user.takeRolesFromProvider(Set.of(), NOW.plusSeconds(120)));
        assertEquals(EnumSet.of(Role.PRACTITIONER), user.getRoles(), "everyone checks routes");
    }

    @Test
    void aRoleGivenInConcordatStaysWhateverTheProviderSays() {
        UserAccount user = provisioned(EnumSet.of(Role.SIGNATORY));
        user.update(new UserDetails(1L, "Evan Signer", "evan@council.example", null,
                EnumSet.of(Role.PRACTITIONER, Role.SIGNATORY, Role.DPO)), NOW);
        assertTrue(user.takeRolesFromProvider(Set.of(), NOW.plusSeconds(60)));
        assertEquals(EnumSet.of(Role.PRACTITIONER, Role.DPO), user.getRoles(), "the DPO role was given here, not by the provider");
        assertFalse(user.takeRolesFromProvider(Set.of(), NOW.plusSeconds(120)), "nothing changes twice");
        assertTrue(user.takeRolesFromProvider(EnumSet.of(Role.IG_LEAD), NOW.plusSeconds(180)));
        assertEquals(EnumSet.of(Role.PRACTITIONER, Role.DPO, Role.IG_LEAD), user.getRoles());
    }

    @Test
    void aProviderNeverMakesAnAdministrator() {
        UserAccount user = provisioned(Set.of());
        user.takeRolesFromProvider(EnumSet.of(Role.ADMIN, Role.SIGNATORY), NOW);
        assertEquals(EnumSet.of(Role.PRACTITIONER, Role.SIGNATORY), user.getRoles());
    }
}
