package org.concordat.legal.domain.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.LegalBasis;

/**
 * The record a controller keeps of the Schedule 1 conditions it relies on (DPA 2018 Schedule 1 paragraph 41), for each
 * controller of an agreement: for every flow it discloses or receives under a condition that needs an appropriate
 * policy document, which condition (41(a)), how the processing is lawful under Article 6 (41(b)), and what the flow
 * says of retention, to be checked against the retention policy of the controller's document (41(c)). Part 3's
 * sensitive processing is recorded the same way (DPA 2018 section 42). Processors keep no such record: their controller
 * does.
 */
public final class ConditionsRecord {

    /** A provision as the record quotes it. */
    public record Provision(String code, String title, String citation) {
    }

    /**
     * One condition relied on for one flow.
     *
     * @param discloses whether the controller discloses the data under it (else it receives and keeps it)
     * @param retention the flow's retention at the recipient, as agreed; null when the flow does not say
     */
    public record ConditionEntry(String flowKey, boolean discloses, Provision condition, List<Provision> lawfulness,
                        String retention) {
        public ConditionEntry {
            lawfulness = List.copyOf(lawfulness);
        }
    }

    /** One controller's record: whether its appropriate policy document is recorded, and its entries. */
    public record ControllerRecord(String partyId, String organisationName, boolean appropriatePolicyDocument,
                                   List<ConditionEntry> entries) {
        public ControllerRecord {
            entries = List.copyOf(entries);
        }
    }

    private ConditionsRecord() {
    }

    /** Every controller's record, in the agreement's party order; a controller relying on no such condition has none. */
    public static List<ControllerRecord> of(AgreementFacts agreement, Catalogue catalogue) {
        Evaluation evaluation = new Evaluation(agreement, catalogue);
        Map<String, List<ConditionEntry>> byParty = new LinkedHashMap<>();
        agreement.parties().stream().filter(p -> !"PROCESSOR".equals(p.role()))
                .forEach(p -> byParty.put(p.partyId(), new ArrayList<>()));
        for (FlowFacts flow : agreement.flows()) {
            LegalBasis law = flow.law();
            List<String> recorded = new ArrayList<>();
            if (law.regime() == Regime.LAW_ENFORCEMENT) {
                add(recorded, catalogue, law.sensitiveProcessing().condition());
            } else {
                add(recorded, catalogue, law.specialCategory().schedule());
                add(recorded, catalogue, law.criminalOffence().schedule());
            }
            if (recorded.isEmpty()) {
                continue;
            }
            List<Provision> lawfulness = (law.regime() == Regime.LAW_ENFORCEMENT
                    ? Optional.ofNullable(law.lawEnforcementBasis()).stream().toList()
                    : List.copyOf(law.lawfulBases())).stream().map(c -> provision(catalogue, c)).toList();
            List<PartyFacts> disclosers = evaluation.disclosers(flow);
            for (PartyFacts party : agreement.parties()) {
                List<ConditionEntry> entries = byParty.get(party.partyId());
                boolean discloses = disclosers.contains(party);
                boolean receives = party.partyId().equals(flow.recipientPartyId())
                        || (flow.bothWays() && party.partyId().equals(flow.senderPartyId()));
                if (entries == null || !(discloses || receives)) {
                    continue;
                }
                recorded.forEach(code -> entries.add(new ConditionEntry(flow.flowId(), discloses, provision(catalogue, code),
                        lawfulness, flow.retention())));
            }
        }
        return agreement.parties().stream().filter(p -> byParty.containsKey(p.partyId()))
                .filter(p -> !byParty.get(p.partyId()).isEmpty())
                .map(p -> new ControllerRecord(p.partyId(), p.organisationName(), p.hasAppropriatePolicyDocument(),
                        byParty.get(p.partyId()))).toList();
    }

    /** Only conditions that need an appropriate policy document are recorded under paragraph 41 (and s42). */
    private static void add(List<String> recorded, Catalogue catalogue, String code) {
        if (code != null && !recorded.contains(code)
                && catalogue.find(code).map(e -> e.has("needs-apd")).orElse(false)) {
            recorded.add(code);
        }
    }

    private static Provision provision(Catalogue catalogue, String code) {
        Optional<CatalogueEntry> entry = catalogue.find(code);
        return new Provision(code, entry.map(CatalogueEntry::readerTitle).orElse(code), entry.map(CatalogueEntry::citation).orElse(""));
    }
}
