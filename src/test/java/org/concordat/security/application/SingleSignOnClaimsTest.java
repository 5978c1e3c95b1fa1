package org.concordat.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the roles claim: a dotted path into nested claims, a list or a single value, nothing when absent. */
class SingleSignOnClaimsTest {

    @Test
    void readsListsSingleValuesAndNestedPaths() {
        Map<String, Object> claims = Map.of(
                "roles", List.of("Concordat.IGLead", "Concordat.DPO"),
                "group", "safeguarding",
                "realm_access", Map.of("roles", List.of("concordat-ig-lead")));
        assertEquals(List.of("Concordat.IGLead", "Concordat.DPO"), SingleSignOnUsers.claimValues(claims, "roles"));
        assertEquals(List.of("safeguarding"), SingleSignOnUsers.claimValues(claims, "group"));
        assertEquals(List.of("concordat-ig-lead"), SingleSignOnUsers.claimValues(claims, "realm_access.roles"));
        assertEquals(List.of(), SingleSignOnUsers.claimValues(claims, "missing"));
        assertEquals(List.of(), SingleSignOnUsers.claimValues(claims, "group.deeper"));
    }
}
