package org.concordat.route.domain;

import java.util.Set;

/** The law a flow relies on, as catalogue codes: what a practitioner is told when the flow covers their route. */
public record FlowLaw(Set<String> lawfulBases, String article9Condition, String schedule1Condition,
                      String article10Authority, String lawEnforcementBasis, String sensitiveProcessing,
                      String schedule8Condition, Set<String> statutoryGateways, String confidentialityBasis) {

    public FlowLaw {
        lawfulBases = Codes.sorted(lawfulBases);
        statutoryGateways = Codes.sorted(statutoryGateways);
    }
}
