package org.concordat.dpia.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One risk of the register (R1, R2, ...), with its overall risk from the matrix and the measures against it. The
 * residual risk is what the best approved measure leaves; with no approved measure the risk stays as it is.
 */
@Entity
@Table(name = "dpia_risk")
public class DpiaRisk {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpia_risk_seq")
    @SequenceGenerator(name = "dpia_risk_seq", sequenceName = "dpia_risk_seq", allocationSize = 50)
    private Long id;

    @Column(name = "risk_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String impact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskLikelihood likelihood;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskSeverity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskLevel overall;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "dpia_risk_id", nullable = false)
    @OrderBy("id")
    private List<DpiaMeasure> measures = new ArrayList<>();

    protected DpiaRisk() {
    }

    DpiaRisk(String key, RiskDetails details, RiskScale scale) {
        this.key = key;
        apply(details, scale);
    }

    void apply(RiskDetails d, RiskScale scale) {
        source = d.source();
        impact = d.impact();
        likelihood = d.likelihood();
        severity = d.severity();
        overall = scale.level(likelihood, severity);
    }

    /** A copy for the next version: same key, same measures (with their keys). */
    DpiaRisk copy(RiskScale scale) {
        DpiaRisk copy = new DpiaRisk(key, details(), scale);
        measures.forEach(m -> copy.measures.add(new DpiaMeasure(m.getKey(), m.details(), scale)));
        return copy;
    }

    public RiskDetails details() {
        return new RiskDetails(source, impact, likelihood, severity);
    }

    void addMeasure(DpiaMeasure measure) {
        measures.add(measure);
    }

    void removeMeasure(DpiaMeasure measure) {
        measures.remove(measure);
    }

    Optional<DpiaMeasure> measure(String measureKey) {
        return measures.stream().filter(m -> m.getKey().equals(measureKey)).findFirst();
    }

    /** The approved measure that leaves the least risk, if any is approved. */
    public Optional<DpiaMeasure> bestApprovedMeasure() {
        return measures.stream().filter(DpiaMeasure::isApproved)
                .min(Comparator.comparing(DpiaMeasure::getResidual)
                        .thenComparing(m -> m.getResidualLikelihood().ordinal() + m.getResidualSeverity().ordinal()));
    }

    /** The risk that remains once the approved measures are in place. */
    public RiskLevel residual() {
        return bestApprovedMeasure().map(DpiaMeasure::getResidual).orElse(overall);
    }

    public RiskLikelihood residualLikelihood() {
        return bestApprovedMeasure().map(DpiaMeasure::getResidualLikelihood).orElse(likelihood);
    }

    public RiskSeverity residualSeverity() {
        return bestApprovedMeasure().map(DpiaMeasure::getResidualSeverity).orElse(severity);
    }

    /** The fields a comparison of versions looks at, by name. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("source", source);
        fields.put("impact", impact);
        fields.put("likelihood", likelihood.name());
        fields.put("severity", severity.name());
        fields.put("overall", overall.name());
        return fields;
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public String getSource() { return source; }
    public String getImpact() { return impact; }
    public RiskLikelihood getLikelihood() { return likelihood; }
    public RiskSeverity getSeverity() { return severity; }
    public RiskLevel getOverall() { return overall; }
    public List<DpiaMeasure> getMeasures() { return List.copyOf(measures); }
}
