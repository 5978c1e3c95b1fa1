package org.concordat.dpia.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordat.template.domain.RiskMatrix;

/**
 * The template's likelihood × severity matrix as the DPIA uses it: every one of the nine cells gives an overall
 * risk. A DPIA version keeps its own copy, taken from the template version it pins (which never changes), so
 * that its risks are always scored the same way, by whoever reads it.
 */
public final class RiskScale {

    private final Map<RiskLikelihood, Map<RiskSeverity, RiskLevel>> cells;

    private RiskScale(Map<RiskLikelihood, Map<RiskSeverity, RiskLevel>> cells) {
        this.cells = cells;
    }

    /** The scale a template's matrix defines; a matrix without all nine cells, or with another word, is refused. */
    public static RiskScale of(RiskMatrix matrix) {
        if (matrix == null) {
            throw new IllegalArgumentException("The template has no risk matrix.");
        }
        Map<RiskLikelihood, Map<RiskSeverity, RiskLevel>> cells = new EnumMap<>(RiskLikelihood.class);
        for (RiskLikelihood likelihood : RiskLikelihood.values()) {
            Map<RiskSeverity, RiskLevel> row = new EnumMap<>(RiskSeverity.class);
            for (RiskSeverity severity : RiskSeverity.values()) {
                row.put(severity, level(matrix.overall(likelihood.code(), severity.code())));
            }
            cells.put(likelihood, row);
        }
        return new RiskScale(cells);
    }

    /** The scale as stored: the nine levels, likelihood by likelihood ("low,low,medium,..."). */
    public static RiskScale parse(String stored) {
        String[] levels = stored.split(",");
        RiskLikelihood[] likelihoods = RiskLikelihood.values();
        RiskSeverity[] severities = RiskSeverity.values();
        if (levels.length != likelihoods.length * severities.length) {
            throw new IllegalArgumentException("A stored risk scale has nine levels, not " + levels.length);
        }
        Map<RiskLikelihood, Map<RiskSeverity, RiskLevel>> cells = new EnumMap<>(RiskLikelihood.class);
        for (int l = 0; l < likelihoods.length; l++) {
            Map<RiskSeverity, RiskLevel> row = new EnumMap<>(RiskSeverity.class);
            for (int s = 0; s < severities.length; s++) {
                row.put(severities[s], level(levels[l * severities.length + s]));
            }
            cells.put(likelihoods[l], row);
        }
        return new RiskScale(cells);
    }

    public String format() {
        List<String> levels = new ArrayList<>();
        for (RiskLikelihood likelihood : RiskLikelihood.values()) {
            for (RiskSeverity severity : RiskSeverity.values()) {
                levels.add(level(likelihood, severity).name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(",", levels);
    }

    public RiskLevel level(RiskLikelihood likelihood, RiskSeverity severity) {
        return cells.get(likelihood).get(severity);
    }

    private static RiskLevel level(String word) {
        String upper = word == null ? "" : word.trim().toUpperCase(Locale.ROOT);
        if (Arrays.stream(RiskLevel.values()).noneMatch(l -> l.name().equals(upper))) {
            throw new IllegalArgumentException("A risk matrix cell must be low, medium or high, not '" + word + "'");
        }
        return RiskLevel.valueOf(upper);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RiskScale s && s.cells.equals(cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    @Override
    public String toString() {
        return cells.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
