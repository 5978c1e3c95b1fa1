package org.concordat.dpia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One measure against a risk (M1, M2, ...), with the residual risk the matrix gives for what it leaves. */
@Entity
@Table(name = "dpia_measure")
public class DpiaMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpia_measure_seq")
    @SequenceGenerator(name = "dpia_measure_seq", sequenceName = "dpia_measure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "measure_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureEffect effect;

    @Enumerated(EnumType.STRING)
    @Column(name = "residual_likelihood", nullable = false)
    private RiskLikelihood residualLikelihood;

    @Enumerated(EnumType.STRING)
    @Column(name = "residual_severity", nullable = false)
    private RiskSeverity residualSeverity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskLevel residual;

    @Column(nullable = false)
    private boolean approved;

    private String owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    protected DpiaMeasure() {
    }

    DpiaMeasure(String key, MeasureDetails details, RiskScale scale) {
        this.key = key;
        apply(details, scale);
    }

    void apply(MeasureDetails d, RiskScale scale) {
        description = d.description();
        effect = d.effect();
        residualLikelihood = d.residualLikelihood();
        residualSeverity = d.residualSeverity();
        residual = scale.level(residualLikelihood, residualSeverity);
        approved = d.approved();
        owner = d.owner();
        dueDate = d.dueDate();
    }

    public MeasureDetails details() {
        return new MeasureDetails(description, effect, residualLikelihood, residualSeverity, approved, owner, dueDate);
    }

    /** The fields a comparison of versions looks at, by name. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", description);
        fields.put("effect", effect.name());
        fields.put("residualLikelihood", residualLikelihood.name());
        fields.put("residualSeverity", residualSeverity.name());
        fields.put("residual", residual.name());
        fields.put("approved", String.valueOf(approved));
        fields.put("owner", owner);
        fields.put("dueDate", dueDate == null ? null : dueDate.toString());
        return fields;
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public String getDescription() { return description; }
    public MeasureEffect getEffect() { return effect; }
    public RiskLikelihood getResidualLikelihood() { return residualLikelihood; }
    public RiskSeverity getResidualSeverity() { return residualSeverity; }
    public RiskLevel getResidual() { return residual; }
    public boolean isApproved() { return approved; }
    public String getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
}
