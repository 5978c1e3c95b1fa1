package org.concordat.dpia.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.agreement.application.AgreementLinks.FlowOutline;
import org.concordat.agreement.application.AgreementLinks.LinkedAgreement;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.shared.domain.Messages;

/**
 * A first description of the processing, drawn from the flows of the linked agreements, for the author to edit:
 * who sends what to whom and how (step 2, nature), about whom, which kinds of data, how often and kept how long
 * (step 2, scope), and the lawful bases, conditions and powers each flow relies on (step 4).
 */
final class ProcessingOutline {

    static final String NATURE = "step-2-processing.nature";
    static final String SCOPE = "step-2-processing.scope";
    static final String LAWFUL_BASIS = "step-4-necessity-and-proportionality.lawful-basis";

    private ProcessingOutline() {
    }

    /** Suggested answers by key; a key is absent when the agreements say nothing about it. */
    static Map<String, String> suggest(List<LinkedAgreement> agreements, Catalogue catalogue) {
        List<String> nature = new ArrayList<>();
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        List<String> frequencies = new ArrayList<>();
        List<String> retention = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (LinkedAgreement agreement : agreements) {
            if (agreement.flows().isEmpty()) {
                continue;
            }
            nature.add("Under " + agreement.reference() + " (" + agreement.title() + "):");
            for (FlowOutline flow : agreement.flows()) {
                FlowDetails d = flow.details();
                String route = agreement.partyName(d.sender()) + (d.bothWays() ? " and " : " to ") + agreement.partyName(d.recipient());
                String at = agreement.reference() + " " + flow.key();
                nature.add("- " + flow.key() + ": " + agreement.partyName(d.sender()) + " shares with "
                        + agreement.partyName(d.recipient()) + (d.bothWays() ? Messages.text("dpia.ProcessingOutline.andTheOtherWayToo") : ".")
                        + (d.purpose() == null ? "" : " Purpose: " + title(catalogue, d.purpose()) + ".")
                        + (d.transferMethod() == null ? "" : " Sent by: " + title(catalogue, d.transferMethod()) + "."));
                d.dataSubjects().stream().sorted().map(c -> title(catalogue, c)).forEach(subjects::add);
                d.dataCategories().stream().sorted().map(c -> title(catalogue, c)).forEach(categories::add);
                if (d.frequency() != null) {
                    frequencies.add(d.frequency() + " (" + at + ")");
                }
                if (d.retention() != null) {
                    retention.add(d.retention() + " (" + at + ")");
                }
                List<String> legal = new ArrayList<>();
                d.law().citations().forEach(c -> legal.add(cited(catalogue, c.code())));
                bases.add(at + " (" + route + "): " + (legal.isEmpty() ? Messages.text("dpia.ProcessingOutline.noLawfulBasisRecordedYet") : String.join("; ", legal) + "."));
            }
        }
        Map<String, String> answers = new LinkedHashMap<>();
        if (!nature.isEmpty()) {
            answers.put(NATURE, String.join("\n", nature));
        }
        List<String> scope = new ArrayList<>();
        if (!subjects.isEmpty()) {
            scope.add("About: " + String.join(", ", subjects) + ".");
        }
        if (!categories.isEmpty()) {
            scope.add(Messages.text("dpia.ProcessingOutline.kindsOfInformation", String.join(", ", categories)));
        }
        if (!frequencies.isEmpty()) {
            scope.add(Messages.text("dpia.ProcessingOutline.howOften", String.join("; ", frequencies)));
        }
        if (!retention.isEmpty()) {
            scope.add(Messages.text("dpia.ProcessingOutline.keptByTheRecipient", String.join("; ", retention)));
        }
        if (!scope.isEmpty()) {
            answers.put(SCOPE, String.join("\n", scope));
        }
        if (!bases.isEmpty()) {
            answers.put(LAWFUL_BASIS, bases.stream().map(b -> "- " + b).collect(Collectors.joining("\n")));
        }
        return answers;
    }

    private static String title(Catalogue catalogue, String code) {
        return catalogue.find(code).map(CatalogueEntry::title).orElse(code);
    }

    private static String cited(Catalogue catalogue, String code) {
        return catalogue.find(code).map(e -> e.title() + (e.citation() == null || e.citation().isBlank() ? "" : " (" + e.citation() + ")"))
                .orElse(code);
    }
}
