package org.concordat.template.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Likelihood × severity → overall risk, as the DPIA template defines it (never typed by hand). */
public record RiskMatrix(List<String> likelihoods, List<String> severities, Map<String, Map<String, String>> overall) implements Serializable {

    public RiskMatrix {
        likelihoods = List.copyOf(likelihoods);
        severities = List.copyOf(severities);
        overall = Map.copyOf(overall);
    }

    public String overall(String likelihood, String severity) {
        Map<String, String> row = overall.get(likelihood);
        String cell = row == null ? null : row.get(severity);
        if (cell == null) {
            throw new IllegalArgumentException("No overall risk for " + likelihood + " × " + severity);
        }
        return cell;
    }

    /** Whether every likelihood × severity has an overall risk. */
    public boolean complete() {
        return likelihoods.stream().allMatch(l -> overall.containsKey(l)
                && severities.stream().allMatch(s -> overall.get(l).get(s) != null && !overall.get(l).get(s).isBlank()));
    }
}
