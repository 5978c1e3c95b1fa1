package org.concordat.legal.domain.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An agreement version as the rules see it. */
public record AgreementFacts(LocalDate effectiveDate, LocalDate reviewDate, List<PartyFacts> parties,
                             List<FlowFacts> flows, DpiaStatus dpia) {

    public AgreementFacts {
        parties = parties == null ? List.of() : List.copyOf(parties);
        flows = flows == null ? List.of() : List.copyOf(flows);
        dpia = dpia == null ? DpiaStatus.NONE : dpia;
    }

    public Optional<PartyFacts> party(String partyId) {
        return parties.stream().filter(p -> p.partyId().equals(partyId)).findFirst();
    }
}
