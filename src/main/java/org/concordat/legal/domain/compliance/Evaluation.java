package org.concordat.legal.domain.compliance;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;

/**
 * An agreement being checked against one catalogue, with the questions every policy asks of it ("does this
 * flow carry special category data?"), answered from the catalogue's flags rather than from hard-coded codes.
 */
public record Evaluation(AgreementFacts agreement, Catalogue catalogue) {

    public Optional<CatalogueEntry> entry(String code) {
        return code == null || code.isBlank() ? Optional.empty() : catalogue.find(code);
    }

    public boolean flagged(String code, String flag) {
        return entry(code).map(e -> e.has(flag)).orElse(false);
    }

    public boolean anyFlagged(Set<String> codes, String flag) {
        return codes.stream().anyMatch(c -> flagged(c, flag));
    }

    public Set<String> flaggedAmong(Set<String> codes, String flag) {
        return codes.stream().filter(c -> flagged(c, flag)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public Set<String> specialCategories(FlowFacts flow) {
        return flaggedAmong(flow.dataCategories(), "special-category");
    }

    public boolean carriesCriminalOffenceData(FlowFacts flow) {
        return anyFlagged(flow.dataCategories(), "criminal-offence");
    }

    public boolean isSafeguardingPurpose(FlowFacts flow) {
        return flagged(flow.purpose(), "safeguarding");
    }

    /** The title of a code for messages: "Public task (A6-1-e)". */
    public String named(String code) {
        return entry(code).map(e -> e.title() + " (" + code + ")").orElse(code);
    }

    public String citationOf(String code, String fallback) {
        return entry(code).map(CatalogueEntry::citation).filter(c -> !c.isBlank()).orElse(fallback);
    }

    public Optional<PartyFacts> sender(FlowFacts flow) {
        return agreement.party(flow.senderPartyId());
    }

    public Optional<PartyFacts> recipient(FlowFacts flow) {
        return agreement.party(flow.recipientPartyId());
    }

    /** Who discloses: the sender, and for a flow both ways, the recipient too. */
    public java.util.List<PartyFacts> disclosers(FlowFacts flow) {
        java.util.List<PartyFacts> out = new java.util.ArrayList<>();
        sender(flow).ifPresent(out::add);
        if (flow.bothWays()) {
            recipient(flow).ifPresent(out::add);
        }
        return out;
    }
}
