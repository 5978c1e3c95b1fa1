package org.concordat.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.shared.domain.CodeSetConverter;
import org.concordat.legal.domain.LegalBasis;

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

    /** The law the flow relies on, in its own columns (see LegalBasis). */
    @Embedded
    private LegalBasis law;

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
        law = d.law();
        notes = blankToNull(d.notes());
    }

    public FlowDetails details() {
        return new FlowDetails(sender, recipient, bothWays, dataSubjects, dataCategories, purpose, frequency,
                transferMethod, retention, law, notes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getKey() { return key; }
    public String getSender() { return sender; }
    public String getRecipient() { return recipient; }
}
