package org.concordat.work.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.concordat.shared.domain.Role;

/** Which queues a person with these roles sees, in the home's order. */
public final class WorkPlan {

    /** The items a queue shows; the count says how many there are in all. */
    public static final int SHOWN = 5;

    private WorkPlan() {
    }

    public static List<WorkKind> kinds(Set<Role> roles) {
        return Arrays.stream(WorkKind.values())
                .filter(k -> k.roles().stream().anyMatch(roles::contains))
                // A DPO sees the DPIAs awaiting advice as their own queue, not a second time as an IG lead.
                .filter(k -> k != WorkKind.DPIAS_AWAITING_ADVICE || !roles.contains(Role.DPO))
                .toList();
    }
}
