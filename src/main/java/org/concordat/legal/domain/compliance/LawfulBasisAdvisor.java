package org.concordat.legal.domain.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.shared.domain.Messages;

/**
 * Suggests the lawful basis and conditions a flow most likely needs, from who sends it, why, and what it
 * carries, each with its reason. Only codes present in the catalogue and in force on the date are offered.
 */
public class LawfulBasisAdvisor {

    private final Catalogue catalogue;

    public LawfulBasisAdvisor(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<Suggestion> suggest(PartyFacts sender, String purpose, Set<String> categories, LocalDate on) {
        Evaluation e = new Evaluation(new AgreementFacts(on, null, List.of(sender), List.of(), null), catalogue);
        List<Suggestion> out = new ArrayList<>();
        boolean safeguarding = e.flagged(purpose, "safeguarding");
        boolean special = categories.stream().anyMatch(c -> e.flagged(c, "special-category"));
        boolean criminal = categories.stream().anyMatch(c -> e.flagged(c, "criminal-offence"));

        if (sender.competentAuthority() && e.flagged(purpose, "law-enforcement")) {
            add(out, on, "regime", "LE-S35-2-B", Messages.text("legal.LawfulBasisAdvisor.isACompetentAuthoritySharing",
                    sender.organisationName()));
            if (special) {
                add(out, on, "sensitiveProcessing", "LE-S35-5", Messages.text("legal.LawfulBasisAdvisor.theFlowCarriesSensitiveData"));
                if (safeguarding) {
                    add(out, on, "schedule8Condition", "LE-S8-4", Messages.text("legal.LawfulBasisAdvisor.thePurposeIsToProtect"));
                }
            }
            return out;
        }
        if (sender.publicAuthority()) {
            add(out, on, "lawfulBases", "A6-1-e", Messages.text("legal.LawfulBasisAdvisor.isAPublicAuthoritySharing",
                    sender.organisationName()));
            add(out, on, "lawfulBases", "A6-1-c", Messages.text("legal.LawfulBasisAdvisor.whereAStatuteRequiresThe"));
        } else {
            if (safeguarding) {
                add(out, on, "lawfulBases", "A6-1-ea", Messages.text("legal.LawfulBasisAdvisor.isNotAPublicAuthority",
                        sender.organisationName()));
            }
            add(out, on, "lawfulBases", "A6-1-f", Messages.text("legal.LawfulBasisAdvisor.isNotAPublicAuthority2",
                    sender.organisationName()));
        }
        if (special && safeguarding) {
            add(out, on, "article9Condition", "A9-2-g", Messages.text("legal.LawfulBasisAdvisor.specialCategoryDataSharedTo"));
        }
        if (special && safeguarding) {
            add(out, on, "schedule1Condition", "S1-P2-18", Messages.text("legal.LawfulBasisAdvisor.safeguardingOfChildrenAndOf"));
        }
        if (criminal && safeguarding) {
            add(out, on, "article10Condition", "S1-P2-18", Messages.text("legal.LawfulBasisAdvisor.safeguardingOfChildrenAndOf2"));
        }
        if (criminal) {
            add(out, on, "article10Authority", sender.publicAuthority() ? "A10-OFFICIAL-AUTHORITY" : "A10-DPA-S10-5",
                    sender.publicAuthority() ? Messages.text("legal.LawfulBasisAdvisor.aPublicAuthorityProcessesCriminal")
                            : Messages.text("legal.LawfulBasisAdvisor.outsideOfficialAuthorityCriminalOffence"));
        }
        if (safeguarding) {
            for (CatalogueEntry gateway : catalogue.entries(Topic.STATUTORY_GATEWAYS)) {
                if (gateway.has("safeguarding") && gateway.sectors().contains(sender.sector())
                        && (on == null || gateway.appliesOn(on))) {
                    out.add(new Suggestion("statutoryGateways", gateway.code(), gateway.title(),
                            Messages.text("legal.LawfulBasisAdvisor.thatAppliesTo",
                                    (gateway.has("duty") ? "duty" : "power"), sender.organisationName())));
                }
            }
            add(out, on, "confidentialityBasis", "CL-PUBLIC-INTEREST", Messages.text("legal.LawfulBasisAdvisor.protectingAChildFromSignificant"));
        }
        return out;
    }

    private void add(List<Suggestion> out, LocalDate on, String field, String code, String reason) {
        catalogue.find(code).filter(entry -> on == null || entry.appliesOn(on))
                .ifPresent(entry -> out.add(new Suggestion(field, code, entry.title(), reason)));
    }
}
