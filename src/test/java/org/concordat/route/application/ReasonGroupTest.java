package org.concordat.route.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concordat.route.application.RouteCheckResult.Reason;
import org.concordat.route.application.RouteCheckResult.ReasonGroup;
import org.concordat.route.domain.ReasonCode;
import org.junit.jupiter.api.Test;

class ReasonGroupTest {

    private static Reason about(String reference, Integer version, ReasonCode code, String text) {
        return new Reason(code, text, reference == null ? null : 1L, reference, version, List.of(), List.of(), null);
    }

    @Test
    void eachVersionsReasonsStayTogetherAfterThoseAboutTheRouteInTheOrderTheyFirstAppear() {
        Reason terminated = about("DSA-7", 1, ReasonCode.AGREEMENT_TERMINATED, "DSA-7 v1 ended");
        Reason purpose = about("DSA-3", 2, ReasonCode.PURPOSE_NOT_INCLUDED, "DSA-3 v2 F1 purpose");
        Reason direction = about("DSA-7", 1, ReasonCode.ONLY_OTHER_DIRECTION, "DSA-7 v1 F2 direction");
        Reason category = about("DSA-3", 2, ReasonCode.CATEGORY_NOT_INCLUDED, "DSA-3 v2 F3 category");
        Reason olderVersion = about("DSA-3", 1, ReasonCode.AGREEMENT_EXPIRED, "DSA-3 v1 expired");
        Reason noAgreement = about(null, null, ReasonCode.NO_AGREEMENT, "no agreement");

        List<ReasonGroup> groups = ReasonGroup.of(List.of(terminated, purpose, direction, category, olderVersion, noAgreement));

        assertEquals(4, groups.size());
        assertNull(groups.get(0).reference(), "the route's own reasons come first");
        assertEquals(List.of(noAgreement), groups.get(0).reasons());
        assertEquals(List.of("DSA-7", "DSA-3", "DSA-3"), groups.stream().skip(1).map(ReasonGroup::reference).toList());
        assertEquals(List.of(terminated, direction), groups.get(1).reasons());
        assertEquals(List.of(purpose, category), groups.get(2).reasons());
        assertEquals(2, groups.get(2).versionNumber());
        assertEquals(List.of(olderVersion), groups.get(3).reasons(), "another version of the same agreement is a group of its own");
    }

    @Test
    void noReasonAboutTheRouteMakesNoEmptyGroupAndNoReasonsNoGroups() {
        Reason purpose = about("DSA-3", 2, ReasonCode.PURPOSE_NOT_INCLUDED, "purpose");

        assertEquals(List.of(new ReasonGroup("DSA-3", 2, List.of(purpose))), ReasonGroup.of(List.of(purpose)));
        assertTrue(ReasonGroup.of(List.of()).isEmpty());
    }
}
