package org.concordat.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.legal.domain.compliance.Regime;

/** One sharing flow of an agreement version, known by its key (F1, F2, ...). */
@Entity
@Table(name = "agreement_flow")
public class Flow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_flow_seq")
    @SequenceGenerator(name = "agreement_flow_seq", sequenceName = "agreement_flow_seq", allocationSize = 50)
    private Long id;

    @Column(name = "flow_key", nullable = false)
    private String key;

    @Column(name = "sender_party_key", nullable = false)
    private String sender;

    @Column(name = "recipient_party_key", nullable = false)
    private String recipient;

    @Column(name = "both_ways", nullable = false)
    private boolean bothWays;

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "data_subjects", nullable = false)
    private Set<String> dataSubjects = new TreeSet<>();

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "data_categories", nullable = false)
    private Set<String> dataCategories = new TreeSet<>();

    private String purpose;
    private String frequency;

    @Column(name = "transfer_method")
    private String transferMethod;

    private String retention;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Regime regime;

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "lawful_bases", nullable = false)
    private Set<String> lawfulBases = new TreeSet<>();

    @Column(name = "article9_condition")
    private String article9Condition;

    @Column(name = "schedule1_condition")
    private String schedule1Condition;

    @Column(name = "article10_authority")
    private String article10Authority;

    @Column(name = "law_enforcement_basis")
    private String lawEnforcementBasis;

    @Column(name = "sensitive_processing")
    private String sensitiveProcessing;

    @Column(name = "schedule8_condition")
    private String schedule8Condition;

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "statutory_gateways", nullable = false)
    private Set<String> statutoryGateways = new TreeSet<>();

    @Column(name = "confidentiality_basis")
    private String confidentialityBasis;

    private String notes;

    protected Flow() {
    }

    Flow(String key, FlowDetails details) {
        this.key = key;
        apply(details);
    }

    void apply(FlowDetails d) {
        sender = d.sender();
        recipient = d.recipient();
        bothWays = d.bothWays();
        dataSubjects = new TreeSet<>(d.dataSubjects());
        dataCategories = new TreeSet<>(d.dataCategories());
        purpose = blankToNull(d.purpose());
        frequency = blankToNull(d.frequency());
        transferMethod = blankToNull(d.transferMethod());
        retention = blankToNull(d.retention());
        regime = d.regime();
        lawfulBases = new TreeSet<>(d.lawfulBases());
        article9Condition = blankToNull(d.article9Condition());
        schedule1Condition = blankToNull(d.schedule1Condition());
        article10Authority = blankToNull(d.article10Authority());
        lawEnforcementBasis = blankToNull(d.lawEnforcementBasis());
        sensitiveProcessing = blankToNull(d.sensitiveProcessing());
        schedule8Condition = blankToNull(d.schedule8Condition());
        statutoryGateways = new TreeSet<>(d.statutoryGateways());
        confidentialityBasis = blankToNull(d.confidentialityBasis());
        notes = blankToNull(d.notes());
    }

    public FlowDetails details() {
        return new FlowDetails(sender, recipient, bothWays, dataSubjects, dataCategories, purpose, frequency,
                transferMethod, retention, regime, lawfulBases, article9Condition, schedule1Condition,
                article10Authority, lawEnforcementBasis, sensitiveProcessing, schedule8Condition, statutoryGateways,
                confidentialityBasis, notes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getKey() { return key; }
    public String getSender() { return sender; }
    public String getRecipient() { return recipient; }
}
