package org.concordat.legal.domain.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.shared.domain.Messages;

/**
 * Every code a flow cites must be in the catalogue, of the right kind, and be law on the agreement's effective
 * date (a basis added by the Data (Use and Access) Act 2025 cannot be relied on before it commenced). When the
 * cited entry stopped applying because the law changed, the finding names the entry that replaced it.
 */
public class KnownCodesPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "CATALOGUE-CODE";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            // A list, not a map: the same code may be cited in two fields, rightly in one and wrongly in the other.
            List<Map.Entry<String, Topic>> cited = new ArrayList<>();
            flow.dataSubjects().forEach(c -> put(cited, c, Topic.DATA_SUBJECTS));
            flow.dataCategories().forEach(c -> put(cited, c, Topic.DATA_CATEGORIES));
            put(cited, flow.purpose(), Topic.PURPOSES);
            put(cited, flow.transferMethod(), Topic.TRANSFER_METHODS);
            flow.law().citations().stream().filter(c -> c.part().topic() != null)
                    .forEach(c -> put(cited, c.code(), c.part().topic()));
            for (Map.Entry<String, Topic> citation : cited) {
                String code = citation.getKey();
                Topic topic = citation.getValue();
                CatalogueEntry entry = evaluation.catalogue().find(code).orElse(null);
                if (entry == null || entry.topic() != topic) {
                    findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.KnownCodesPolicy.isNotACodeOf",
                            code), Messages.text("legal.KnownCodesPolicy.chooseAnEntryFromThe"),
                            Messages.text("legal.KnownCodesPolicy.concordatLegalCatalogue",
                                    evaluation.catalogue().version()), flow.flowId(), null));
                } else if (evaluation.agreement().effectiveDate() != null
                        && !entry.appliesOn(evaluation.agreement().effectiveDate())) {
                    findings.add(notInForce(evaluation, flow, entry));
                }
            }
        });
    }

    /**
     * "Not law on the effective date", naming the entry that took its place when the law changed and the
     * successor is law on that date (so that the author knows what to cite instead).
     */
    private Finding notInForce(Evaluation evaluation, FlowFacts flow, CatalogueEntry entry) {
        LocalDate day = evaluation.agreement().effectiveDate();
        String message = Messages.text("legal.KnownCodesPolicy.isNotLawOnThe", entry.title(), entry.code(), day);
        String action = Messages.text("legal.KnownCodesPolicy.relyOnAProvisionIn");
        Optional<CatalogueEntry> successor = entry.appliesUntil() != null && day.isAfter(entry.appliesUntil())
                ? evaluation.catalogue().replacementOn(entry, day) : Optional.empty();
        if (successor.isPresent()) {
            CatalogueEntry next = successor.get();
            message += Messages.text("legal.KnownCodesPolicy.replacedBy",
                    entry.appliesUntil(), next.title(), next.code(),
                    next.citation());
            action = Messages.text("legal.KnownCodesPolicy.insteadOrMoveTheEffective", next.code());
        } else if (entry.replacedBy() != null && day.isAfter(entry.appliesUntil())) {
            message += Messages.text("legal.KnownCodesPolicy.replacedByCode", entry.appliesUntil(), entry.replacedBy());
        }
        return new Finding(Severity.ERROR, code(), message, action, entry.citation(), flow.flowId(), null);
    }

    private static void put(List<Map.Entry<String, Topic>> cited, String code, Topic topic) {
        if (code != null && !code.isBlank()) {
            cited.add(Map.entry(code, topic));
        }
    }
}
