package org.concordat.legal.domain.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.shared.domain.Messages;

/**
 * A statutory gateway binds or empowers particular bodies (its {@code sectors} in the catalogue; a gateway without
 * sectors binds anyone). The task or obligation must be one of the controller's own (Art 6(1)(c) "to which the
 * controller is subject", (e) "task of the controller"): a discloser none of whose cited gateways reaches its
 * sector is warned that those laws may explain why the recipient needs the data but give the discloser no basis of
 * its own. One cited gateway that reaches the discloser is enough: the others may be the recipient's.
 */
public class GatewaySectorPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "GATEWAY-SECTOR";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            List<CatalogueEntry> gateways = flow.law().statutoryGateways().stream()
                    .map(evaluation::entry).flatMap(Optional::stream).toList();
            if (gateways.isEmpty()) {
                return;
            }
            for (PartyFacts discloser : evaluation.disclosers(flow)) {
                if (Policies.blank(discloser.sector())
                        || gateways.stream().anyMatch(g -> g.sectors().isEmpty() || g.sectors().contains(discloser.sector()))) {
                    continue;
                }
                Set<String> named = new TreeSet<>();
                gateways.forEach(g -> named.add(g.title() + " (" + g.code() + ")"));
                findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.GatewaySectorPolicy.noneOfTheLawsThis",
                        String.join(", ", named), discloser.organisationName(), evaluation.entry(discloser.sector()).map(CatalogueEntry::title).orElse(discloser.sector()), discloser.organisationName()),
                        Messages.text("legal.GatewaySectorPolicy.addTheLawThatApplies",
                                discloser.organisationName(), suggestions(evaluation, flow, discloser)),
                        Messages.text("legal.GatewaySectorPolicy.ukGdprArticle61"), flow.flowId(), "statutoryGateways"));
            }
        });
    }

    /** Up to three gateways of the catalogue that reach the discloser's sector and suit the flow's purpose. */
    private static String suggestions(Evaluation evaluation, FlowFacts flow, PartyFacts discloser) {
        LocalDate on = evaluation.agreement().effectiveDate();
        String purposeFlag = evaluation.isSafeguardingPurpose(flow) ? "safeguarding"
                : evaluation.flagged(flow.purpose(), "law-enforcement") ? "law-enforcement" : null;
        List<String> citations = evaluation.catalogue().entries(Topic.STATUTORY_GATEWAYS).stream()
                .filter(g -> g.sectors().contains(discloser.sector()))
                .filter(g -> on == null || g.appliesOn(on))
                .filter(g -> purposeFlag == null || g.has(purposeFlag))
                .map(CatalogueEntry::citation).limit(3).toList();
        return citations.isEmpty() ? "" : Messages.text("legal.GatewaySectorPolicy.suchAs",
                String.join(Messages.text("legal.GatewaySectorPolicy.or"), citations));
    }
}
