package org.concordat.legal.domain.compliance;

import java.util.Set;

/**
 * One planned sharing flow, every legal choice as a catalogue code (null or empty when not chosen).
 *
 * @param lawfulBases          UK GDPR Art 6(1) bases (general regime)
 * @param article9Condition    UK GDPR Art 9(2) condition
 * @param schedule1Condition   DPA 2018 Sch 1 condition for the Art 9 condition (or for Art 10)
 * @param article10Authority   UK GDPR Art 10 authority for criminal offence data
 * @param lawEnforcementBasis  DPA 2018 s35(2) basis (law-enforcement regime)
 * @param sensitiveProcessing  DPA 2018 s35(4) or s35(5) (law-enforcement regime, sensitive data)
 * @param schedule8Condition   DPA 2018 Sch 8 condition for s35(5)
 */
public record FlowFacts(String flowId, String senderPartyId, String recipientPartyId, boolean bothWays,
                        Set<String> dataSubjects, Set<String> dataCategories, String purpose,
                        String transferMethod, String retention, Regime regime, Set<String> lawfulBases,
                        String article9Condition, String schedule1Condition, String article10Authority,
                        String lawEnforcementBasis, String sensitiveProcessing, String schedule8Condition,
                        Set<String> statutoryGateways, String confidentialityBasis) {

    public FlowFacts {
        dataSubjects = dataSubjects == null ? Set.of() : Set.copyOf(dataSubjects);
        dataCategories = dataCategories == null ? Set.of() : Set.copyOf(dataCategories);
        lawfulBases = lawfulBases == null ? Set.of() : Set.copyOf(lawfulBases);
        statutoryGateways = statutoryGateways == null ? Set.of() : Set.copyOf(statutoryGateways);
        regime = regime == null ? Regime.GENERAL : regime;
    }
}
