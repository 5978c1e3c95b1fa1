package org.concordat.dpia.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The risks of a register placed on the matrix, before or after measures: three rows of likelihood (most likely
 * first) by three columns of severity, each cell with its overall risk and the risks that fall in it.
 */
public record HeatMap(List<Row> rows) implements Serializable {

    public record Cell(RiskLikelihood likelihood, RiskSeverity severity, RiskLevel level, List<String> riskKeys) implements Serializable {

        public Cell {
            riskKeys = List.copyOf(riskKeys);
        }

        public int count() {
            return riskKeys.size();
        }

        /** "R1, R3": the risks in the cell. */
        public String keys() {
            return String.join(", ", riskKeys);
        }
    }

    public record Row(RiskLikelihood likelihood, List<Cell> cells) implements Serializable {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    public HeatMap {
        rows = List.copyOf(rows);
    }

    /** The risks where they stand before any measure. */
    public static HeatMap before(RiskScale scale, List<DpiaRisk> risks) {
        return of(scale, risks, false);
    }

    /** The risks where the approved measures leave them. */
    public static HeatMap after(RiskScale scale, List<DpiaRisk> risks) {
        return of(scale, risks, true);
    }

    private static HeatMap of(RiskScale scale, List<DpiaRisk> risks, boolean afterMeasures) {
        List<Row> rows = new ArrayList<>();
        RiskLikelihood[] likelihoods = RiskLikelihood.values();
        for (int i = likelihoods.length - 1; i >= 0; i--) {
            RiskLikelihood likelihood = likelihoods[i];
            List<Cell> cells = new ArrayList<>();
            for (RiskSeverity severity : RiskSeverity.values()) {
                List<String> keys = risks.stream().filter(r -> (afterMeasures ? r.residualLikelihood() : r.getLikelihood()) == likelihood
                        && (afterMeasures ? r.residualSeverity() : r.getSeverity()) == severity).map(DpiaRisk::getKey).toList();
                cells.add(new Cell(likelihood, severity, scale.level(likelihood, severity), keys));
            }
            rows.add(new Row(likelihood, cells));
        }
        return new HeatMap(rows);
    }

    /** How many risks the map places, all cells together. */
    public int total() {
        return rows.stream().flatMap(r -> r.cells().stream()).mapToInt(Cell::count).sum();
    }

    public int count(RiskLikelihood likelihood, RiskSeverity severity) {
        return rows.stream().filter(r -> r.likelihood() == likelihood).flatMap(r -> r.cells().stream())
                .filter(c -> c.severity() == severity).mapToInt(Cell::count).sum();
    }
}
