package org.concordat.legal.domain.compliance;

import org.concordat.legal.domain.LegalBasis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A lawful, complete agreement to start every rule test from — a council sharing a child's health and social
 * care information with a hospital trust for a child protection enquiry — and small changes to break one rule.
 */
final class Scenario {

    static PartyFacts council = new PartyFacts("council", "Northshire County Council", "LOCAL_AUTHORITY", true, false, true, "CONTROLLER");
    static PartyFacts hospital = new PartyFacts("hospital", "Northshire Hospitals NHS Trust", "HEALTH", true, false, true, "CONTROLLER");
    static PartyFacts police = new PartyFacts("police", "Northshire Police", "POLICE", true, true, true, "CONTROLLER");
    static PartyFacts charity = new PartyFacts("charity", "Brightstart Children's Charity", "VOLUNTARY", false, false, false, "CONTROLLER");

    LocalDate effective = LocalDate.of(2026, 4, 1);
    LocalDate review = LocalDate.of(2027, 4, 1);
    DpiaStatus dpia = DpiaStatus.COMPLETED;
    List<PartyFacts> parties = new ArrayList<>(List.of(council, hospital));
    List<Flow> flows = new ArrayList<>(List.of(new Flow("F1")));

    /** A mutable flow, lawful as built. */
    static final class Flow {
        String id;
        String sender = "council";
        String recipient = "hospital";
        boolean bothWays;
        Set<String> subjects = Set.of("CHILD");
        Set<String> categories = Set.of("HEALTH_DATA", "SOCIAL_CARE");
        String purpose = "CHILD_PROTECTION_ENQUIRY";
        String transfer = "SECURE_EMAIL";
        String retention = "Until the child is 25, then securely destroyed";
        Regime regime = Regime.GENERAL;
        Set<String> bases = Set.of("A6-1-e");
        String art9 = "A9-2-g";
        String sch1 = "S1-P2-18";
        String rli;
        String art10;
        /** The criminal offence data's own Schedule 1 condition (s10(5)). */
        String art10Sch1;
        String leBasis;
        String sensitive;
        String sch8;
        Set<String> gateways = Set.of("CA1989-S47");
        String otherPower;
        String lia;
        String secrecy;
        String confidentiality = "CL-PUBLIC-INTEREST";

        Flow(String id) {
            this.id = id;
        }

        FlowFacts facts() {
            return new FlowFacts(id, sender, recipient, bothWays, subjects, categories, purpose, transfer, retention,
                    new LegalBasis(regime, bases, rli, LegalBasis.Condition.of(art9, sch1),
                            LegalBasis.Condition.of(art10, art10Sch1), leBasis, LegalBasis.Condition.of(sensitive, sch8),
                            gateways, otherPower, confidentiality, lia, secrecy));
        }
    }

    Flow flow() {
        return flows.get(0);
    }

    /**
     * Turns the first flow into a law-enforcement flow (s35(2), s35(5), Schedule 8 para 4) for a law enforcement
     * purpose. Its recipient, the hospital, is not a competent authority: that is a warning (s36(4)), not an error.
     */
    void useLawEnforcementRegime() {
        Flow f = flow();
        f.regime = Regime.LAW_ENFORCEMENT;
        f.purpose = "CRIME_PREVENTION_DETECTION";
        f.bases = Set.of();
        f.art9 = null;
        f.sch1 = null;
        f.leBasis = "LE-S35-2-B";
        f.sensitive = "LE-S35-5";
        f.sch8 = "LE-S8-4";
    }

    /** The same, sent by the police: a competent authority. */
    void useLawEnforcementRegimeFromThePolice() {
        parties.add(police);
        flow().sender = "police";
        useLawEnforcementRegime();
    }

    AgreementFacts facts() {
        return new AgreementFacts(effective, review, parties, flows.stream().map(Flow::facts).toList(), dpia);
    }

    ComplianceReport evaluate() {
        return ComplianceEngine.standard().evaluate(new AgreementFacts(effective, review, parties,
                flows.stream().map(Flow::facts).toList(), dpia), RealCatalogue.CATALOGUE);
    }

    /** The findings of one rule, as "SEVERITY field: message" lines. */
    List<Finding> findings(String rule) {
        return evaluate().findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    String describe() {
        return evaluate().findings().stream().map(f -> f.severity() + " " + f.rule() + " " + f.field() + ": " + f.message())
                .collect(Collectors.joining("\n"));
    }
}
