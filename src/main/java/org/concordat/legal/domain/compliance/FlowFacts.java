package org.concordat.legal.domain.compliance;

import java.util.Set;
import org.concordat.legal.domain.LegalBasis;

/**
 * One planned sharing flow as the rules see it: between which parties, about whom, what, why and how, and the law it
 * relies on, whole.
 */
public record FlowFacts(String flowId, String senderPartyId, String recipientPartyId, boolean bothWays,
                        Set<String> dataSubjects, Set<String> dataCategories, String purpose,
                        String transferMethod, String retention, LegalBasis law) {

    public FlowFacts {
        dataSubjects = dataSubjects == null ? Set.of() : Set.copyOf(dataSubjects);
        dataCategories = dataCategories == null ? Set.of() : Set.copyOf(dataCategories);
        law = law == null ? LegalBasis.NONE : law;
    }
}
