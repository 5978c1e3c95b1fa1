package org.concordat.legal.domain.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.shared.domain.Messages;

/**
 * A Schedule 1 condition (or law-enforcement sensitive processing) that needs an appropriate policy document can
 * only be relied on by a controller that has one in place. Every controller that processes the data under the
 * condition needs its own: the discloser, and the recipient too, which processes what it receives. A processor
 * works under its controller's document.
 *
 * <p>Where the requirement comes from, cited exactly: Schedule 1 paragraph 1(1)(b) (employment etc); paragraph
 * 5(1) for every Part 2 condition "except as otherwise provided"; paragraph 35(1)(c) (payment card accounts);
 * paragraphs 36 and 37 only extend Part 2 conditions, so paragraph 5(1) comes with them; DPA 2018 section 35(4)(b)
 * or 35(5)(c), with section 42, for sensitive law-enforcement processing.
 *
 * <p>The exceptions that matter for a sharing flow are disclosures: paragraph 10(2) (a disclosure to a competent
 * authority, or preparing one, needs no document) and paragraph 27(3) (the same for a disclosure to an anti-doping
 * body). Paragraph 27(3) is a real exception, but Concordat cannot tell whether a recipient is an anti-doping body,
 * so the discloser is warned rather than blocked. Paragraph 13(3) (journalism) needs no document at all; its entry
 * carries no needs-apd flag. The catalogue has no flag for these exceptions, so they are found here by their Part 2
 * paragraph numbers.
 */
public class AppropriatePolicyDocumentPolicy implements CompliancePolicy {

    /** Schedule 1 Part 2 paragraph 10: no document needed to disclose to a competent authority (para 10(2)). */
    private static final int UNLAWFUL_ACTS = 10;
    /** Schedule 1 Part 2 paragraph 27: no document needed to disclose to an anti-doping body (para 27(3)). */
    private static final int ANTI_DOPING = 27;

    @Override
    public String code() {
        return "APPROPRIATE-POLICY-DOCUMENT";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            evaluation.entry(flow.law().specialCategory().schedule()).filter(c -> c.has("needs-apd"))
                    .ifPresent(condition -> checkSchedule1(evaluation, flow, condition, "schedule1Condition", findings));
            // The criminal offence data's own condition, unless it is the same one, already checked.
            evaluation.entry(flow.law().criminalOffence().schedule()).filter(c -> c.has("needs-apd"))
                    .filter(c -> !c.code().equals(flow.law().specialCategory().schedule()))
                    .ifPresent(condition -> checkSchedule1(evaluation, flow, condition, "article10Condition", findings));
            evaluation.entry(flow.law().sensitiveProcessing().condition()).filter(c -> c.has("needs-apd"))
                    .ifPresent(condition -> checkLawEnforcement(evaluation, flow, condition, findings));
        });
    }

    private void checkSchedule1(Evaluation evaluation, FlowFacts flow, CatalogueEntry condition, String field,
                                List<Finding> findings) {
        List<PartyFacts> disclosers = evaluation.disclosers(flow);
        for (PartyFacts party : controllers(evaluation, flow)) {
            if (party.hasAppropriatePolicyDocument()) {
                continue;
            }
            boolean discloses = disclosers.contains(party);
            boolean onlyDiscloses = discloses && !receives(evaluation, flow, party);
            if (onlyDiscloses && isPart2Paragraph(condition, UNLAWFUL_ACTS)
                    && counterpart(evaluation, flow, party).map(PartyFacts::competentAuthority).orElse(false)) {
                continue; // para 10(2): disclosing to a competent authority needs no document
            }
            if (onlyDiscloses && isPart2Paragraph(condition, ANTI_DOPING)) {
                findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.AppropriatePolicyDocumentPolicy.reliesOn",
                        party.organisationName(), evaluation.named(condition.code())), Messages.text("legal.AppropriatePolicyDocumentPolicy.confirmThat",
                                counterpart(evaluation, flow, party).map(PartyFacts::organisationName).orElse("the recipient"), party.organisationName()), Messages.text("legal.AppropriatePolicyDocumentPolicy.dpa2018Schedule1Paragraphs"),
                        flow.flowId(), field));
                continue;
            }
            findings.add(missing(evaluation, flow, party, discloses, condition, schedule1Citation(condition), field));
        }
    }

    private void checkLawEnforcement(Evaluation evaluation, FlowFacts flow, CatalogueEntry condition, List<Finding> findings) {
        List<PartyFacts> disclosers = evaluation.disclosers(flow);
        for (PartyFacts party : controllers(evaluation, flow)) {
            boolean discloses = disclosers.contains(party);
            // A recipient that is not a competent authority does not process under Part 3 at all: the
            // LAW-ENFORCEMENT-RECIPIENT rule deals with it, and section 42 is not its concern.
            if (party.hasAppropriatePolicyDocument() || (!discloses && !party.competentAuthority())) {
                continue;
            }
            String citation = condition.has("consent") ? Messages.text("legal.AppropriatePolicyDocumentPolicy.dpa2018Sections354")
                    : condition.has("strictly-necessary") ? Messages.text("legal.AppropriatePolicyDocumentPolicy.dpa2018Sections355") : Messages.text("legal.AppropriatePolicyDocumentPolicy.dpa2018Section42");
            findings.add(missing(evaluation, flow, party, discloses, condition, citation, "sensitiveProcessing"));
        }
    }

    private Finding missing(Evaluation evaluation, FlowFacts flow, PartyFacts party, boolean discloses,
                            CatalogueEntry condition, String citation, String field) {
        String message = discloses
                ? Messages.text("legal.AppropriatePolicyDocumentPolicy.reliesOn2",
                        party.organisationName(), evaluation.named(condition.code()))
                : Messages.text("legal.AppropriatePolicyDocumentPolicy.receivesThisDataAndProcesses",
                        party.organisationName(), evaluation.named(condition.code()));
        return new Finding(Severity.ERROR, code(), message, Messages.text("legal.AppropriatePolicyDocumentPolicy.recordTheOrganisationSAppropriate"), citation,
                flow.flowId(), field);
    }

    /** The paragraph that makes the document a requirement for this Schedule 1 condition. */
    static String schedule1Citation(CatalogueEntry condition) {
        Integer part = condition.part();
        Integer paragraph = condition.paragraph();
        if (part == null || paragraph == null) {
            return Messages.text("legal.AppropriatePolicyDocumentPolicy.dpa2018Schedule1Part");
        }
        if (part == 1 && paragraph == 1) {
            return Messages.text("legal.AppropriatePolicyDocumentPolicy.dpa2018Schedule1Paragraph");
        }
        if (part == 2) {
            return Messages.text("legal.AppropriatePolicyDocumentPolicy.dpa2018Schedule1Paragraph2");
        }
        if (part == 3 && paragraph == 35) {
            return Messages.text("legal.AppropriatePolicyDocumentPolicy.dpa2018Schedule1Paragraph3");
        }
        if (part == 3) {
            return Messages.text("legal.AppropriatePolicyDocumentPolicy.dpa2018Schedule1Paragraphs2", paragraph);
        }
        return Messages.text("legal.AppropriatePolicyDocumentPolicy.dpa2018Schedule1Part");
    }

    private static boolean isPart2Paragraph(CatalogueEntry condition, int paragraph) {
        return condition.topic() == Topic.DPA_SCHEDULE_1 && Integer.valueOf(2).equals(condition.part())
                && Integer.valueOf(paragraph).equals(condition.paragraph());
    }

    /** Every controller that processes the flow's data: disclosers, then the recipient; processors excepted. */
    private static List<PartyFacts> controllers(Evaluation evaluation, FlowFacts flow) {
        List<PartyFacts> out = new ArrayList<>(evaluation.disclosers(flow));
        evaluation.recipient(flow).filter(r -> !out.contains(r)).ifPresent(out::add);
        out.removeIf(p -> "PROCESSOR".equals(p.role()));
        return out;
    }

    /** Whether the party also receives the data (the recipient, or the sender of a flow both ways). */
    private static boolean receives(Evaluation evaluation, FlowFacts flow, PartyFacts party) {
        return evaluation.recipient(flow).filter(party::equals).isPresent()
                || (flow.bothWays() && evaluation.sender(flow).filter(party::equals).isPresent());
    }

    /** The other party of the flow: the one the party discloses to. */
    private static Optional<PartyFacts> counterpart(Evaluation evaluation, FlowFacts flow, PartyFacts party) {
        return evaluation.sender(flow).filter(party::equals).isPresent() ? evaluation.recipient(flow) : evaluation.sender(flow);
    }
}
