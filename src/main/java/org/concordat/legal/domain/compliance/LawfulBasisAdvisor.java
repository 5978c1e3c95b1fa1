package org.concordat.legal.domain.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;

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
            add(out, on, "regime", "LE-S35-2-B", sender.organisationName() + " is a competent authority sharing for a"
                    + " law enforcement purpose: DPA 2018 Part 3 applies, with section 35(2).");
            if (special) {
                add(out, on, "sensitiveProcessing", "LE-S35-5", "The flow carries sensitive data: section 35(5)"
                        + " (strictly necessary) with a Schedule 8 condition and an appropriate policy document.");
                if (safeguarding) {
                    add(out, on, "schedule8Condition", "LE-S8-4", "The purpose is to protect a child or an adult at risk.");
                }
            }
            return out;
        }
        if (sender.publicAuthority()) {
            add(out, on, "lawfulBases", "A6-1-e", sender.organisationName() + " is a public authority: sharing in"
                    + " the course of its functions is a public task; cite the law that gives the function.");
            add(out, on, "lawfulBases", "A6-1-c", "Where a statute requires the sharing (a duty rather than a power),"
                    + " legal obligation fits better.");
        } else {
            if (safeguarding) {
                add(out, on, "lawfulBases", "A6-1-ea", sender.organisationName() + " is not a public authority;"
                        + " safeguarding vulnerable individuals is a recognised legitimate interest, which needs no"
                        + " balancing test.");
            }
            add(out, on, "lawfulBases", "A6-1-f", sender.organisationName() + " is not a public authority, so it may"
                    + " rely on legitimate interests, with a legitimate interests assessment.");
        }
        if (special && safeguarding) {
            add(out, on, "article9Condition", "A9-2-g", "Special category data shared to protect someone from harm:"
                    + " substantial public interest, with a Schedule 1 Part 2 condition.");
        }
        if (special && safeguarding) {
            add(out, on, "schedule1Condition", "S1-P2-18", "Safeguarding of children and of individuals at risk,"
                    + " where consent cannot be given, cannot reasonably be obtained, or would prejudice protection.");
        }
        if (criminal && safeguarding) {
            add(out, on, "article10Condition", "S1-P2-18", "Safeguarding of children and of individuals at risk can"
                    + " authorise criminal offence data too (DPA 2018 section 10(5)), on the same terms.");
        }
        if (criminal) {
            add(out, on, "article10Authority", sender.publicAuthority() ? "A10-OFFICIAL-AUTHORITY" : "A10-DPA-S10-5",
                    sender.publicAuthority() ? "A public authority processes criminal offence data under its official authority."
                            : "Outside official authority, criminal offence data needs authorisation by law: a Schedule 1 condition.");
        }
        if (safeguarding) {
            for (CatalogueEntry gateway : catalogue.entries(Topic.STATUTORY_GATEWAYS)) {
                if (gateway.has("safeguarding") && gateway.sectors().contains(sender.sector()) && gateway.appliesOn(on)) {
                    out.add(new Suggestion("statutoryGateways", gateway.code(), gateway.title(),
                            "A " + (gateway.has("duty") ? "duty" : "power") + " that applies to " + sender.organisationName()
                                    + "'s sector and to safeguarding."));
                }
            }
            add(out, on, "confidentialityBasis", "CL-PUBLIC-INTEREST", "Protecting a child from significant harm is"
                    + " an overriding public interest, judged case by case.");
        }
        return out;
    }

    private void add(List<Suggestion> out, LocalDate on, String field, String code, String reason) {
        catalogue.find(code).filter(entry -> on == null || entry.appliesOn(on))
                .ifPresent(entry -> out.add(new Suggestion(field, code, entry.title(), reason)));
    }
}
