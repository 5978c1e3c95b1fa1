package org.concordat.legal.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.shared.domain.CodeSetConverter;

/**
 * The law a sharing flow relies on, modelled once: every choice a catalogue code (or, for a basis in law the
 * catalogue does not hold, its citation). The agreement stores it, the rules check it, the route check explains it
 * and the documents print it, each passing it whole; a new legal field is added here, in the catalogue, in its
 * column mapping below and on the pages that show it.
 *
 * @param regime              general processing (UK GDPR) or law enforcement (DPA 2018 Part 3)
 * @param lawfulBases         UK GDPR Article 6(1) bases
 * @param recognisedInterest  for Article 6(1)(ea): the Annex 1 condition relied on (recognised-legitimate-interests)
 * @param specialCategory     Article 9(2) condition and the DPA 2018 Schedule 1 condition it needs
 * @param criminalOffence     Article 10 authority and, under DPA 2018 s10(5), its own Schedule 1 condition — separate
 *                            from the special category one, since a flow may carry both kinds of data
 * @param lawEnforcementBasis DPA 2018 s35(2) basis
 * @param sensitiveProcessing s35(4) or s35(5), and the Schedule 8 condition s35(5) needs
 * @param statutoryGateways   the powers and duties in the catalogue the processing rests on
 * @param otherLegalPower     a basis in law the catalogue does not hold (a common law or incidental power, another
 *                            Act), with its exact citation; null when none
 * @param confidentialityBasis common law duty of confidentiality
 * @param legitimateInterestsAssessment for Article 6(1)(f): the assessment (balancing test) relied on, its reference
 *                            and date; null when none is recorded
 * @param recipientSecrecy    for Article 9(2)(h) or (i): how the recipient's staff are bound to confidentiality
 *                            (Article 9(3), DPA 2018 s11(1)); null when not recorded
 */
@Embeddable
public record LegalBasis(
        @Enumerated(EnumType.STRING) @Column(name = "regime", nullable = false) Regime regime,
        @Convert(converter = CodeSetConverter.class) @Column(name = "lawful_bases", nullable = false) Set<String> lawfulBases,
        @Column(name = "recognised_interest") String recognisedInterest,
        @Embedded @AttributeOverrides({
                @AttributeOverride(name = "condition", column = @Column(name = "article9_condition")),
                @AttributeOverride(name = "schedule", column = @Column(name = "schedule1_condition"))})
        Condition specialCategory,
        @Embedded @AttributeOverrides({
                @AttributeOverride(name = "condition", column = @Column(name = "article10_authority")),
                @AttributeOverride(name = "schedule", column = @Column(name = "article10_schedule1_condition"))})
        Condition criminalOffence,
        @Column(name = "law_enforcement_basis") String lawEnforcementBasis,
        @Embedded @AttributeOverrides({
                @AttributeOverride(name = "condition", column = @Column(name = "sensitive_processing")),
                @AttributeOverride(name = "schedule", column = @Column(name = "schedule8_condition"))})
        Condition sensitiveProcessing,
        @Convert(converter = CodeSetConverter.class) @Column(name = "statutory_gateways", nullable = false)
        Set<String> statutoryGateways,
        @Size(max = OTHER_LEGAL_POWER_MAX, message = "{agreement.flow.otherLegalPower.size}")
        @Column(name = "other_legal_power") String otherLegalPower,
        @Column(name = "confidentiality_basis") String confidentialityBasis,
        @Size(max = NOTE_MAX, message = "{agreement.flow.legitimateInterestsAssessment.size}")
        @Column(name = "legitimate_interests_assessment") String legitimateInterestsAssessment,
        @Size(max = NOTE_MAX, message = "{agreement.flow.recipientSecrecy.size}")
        @Column(name = "recipient_secrecy") String recipientSecrecy) implements Serializable {

    /** Longest citation of a basis in law outside the catalogue that a flow may record. */
    public static final int OTHER_LEGAL_POWER_MAX = 500;

    /** Longest record of a legitimate interests assessment or of a recipient's duty of confidentiality. */
    public static final int NOTE_MAX = 500;

    /** Nothing chosen yet, on the general regime: where a new flow starts. */
    public static final LegalBasis NONE = new LegalBasis(Regime.GENERAL, Set.of(), null, Condition.NONE, Condition.NONE,
            null, Condition.NONE, Set.of(), null, null, null, null);

    public LegalBasis {
        regime = regime == null ? Regime.GENERAL : regime;
        lawfulBases = codes(lawfulBases);
        recognisedInterest = code(recognisedInterest);
        specialCategory = specialCategory == null ? Condition.NONE : specialCategory;
        criminalOffence = criminalOffence == null ? Condition.NONE : criminalOffence;
        lawEnforcementBasis = code(lawEnforcementBasis);
        sensitiveProcessing = sensitiveProcessing == null ? Condition.NONE : sensitiveProcessing;
        statutoryGateways = codes(statutoryGateways);
        otherLegalPower = code(otherLegalPower);
        confidentialityBasis = code(confidentialityBasis);
        legitimateInterestsAssessment = code(legitimateInterestsAssessment);
        recipientSecrecy = code(recipientSecrecy);
    }

    /**
     * A condition and the schedule condition it needs: Article 9(2) with DPA 2018 Schedule 1, Article 10 with
     * Schedule 1 (s10(5)), s35(5) with Schedule 8. Either may be missing while a draft is written.
     */
    @Embeddable
    public record Condition(@Column(name = "condition") String condition, @Column(name = "schedule") String schedule) implements Serializable {

        public static final Condition NONE = new Condition(null, null);

        public Condition {
            condition = code(condition);
            schedule = code(schedule);
        }

        public static Condition of(String condition, String schedule) {
            return new Condition(condition, schedule);
        }

        public boolean isEmpty() {
            return condition == null && schedule == null;
        }
    }

    /**
     * The law as named fields, in the order the law reads: the names the flow editor, the API and the signed copy
     * use for their flat fields and the rules' findings point at, so that the comparison of versions reports a change
     * under the name the editor shows. Values are codes, sets of codes, the regime, or null.
     */
    public java.util.Map<String, Object> fields() {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("regime", regime);
        fields.put("lawfulBases", lawfulBases);
        fields.put("recognisedInterest", recognisedInterest);
        fields.put("article9Condition", specialCategory.condition());
        fields.put("schedule1Condition", specialCategory.schedule());
        fields.put("article10Authority", criminalOffence.condition());
        fields.put("article10Condition", criminalOffence.schedule());
        fields.put("lawEnforcementBasis", lawEnforcementBasis);
        fields.put("sensitiveProcessing", sensitiveProcessing.condition());
        fields.put("schedule8Condition", sensitiveProcessing.schedule());
        fields.put("statutoryGateways", statutoryGateways);
        fields.put("otherLegalPower", otherLegalPower);
        fields.put("confidentialityBasis", confidentialityBasis);
        fields.put("legitimateInterestsAssessment", legitimateInterestsAssessment);
        fields.put("recipientSecrecy", recipientSecrecy);
        return fields;
    }

    /**
     * The flow's one Schedule 1 condition as first published, before the criminal offence data had a condition of its
     * own: the special category data's, or, without one, the criminal offence data's. What readers of the earliest
     * shapes (the signed copy's first format, the route check's schedule1Condition) still find there.
     */
    public String firstPublishedSchedule1Condition() {
        return specialCategory.schedule() != null ? specialCategory.schedule() : criminalOffence.schedule();
    }

    /** What a cited code is to the flow, in the order the law reads; each names the catalogue topic it comes from. */
    public enum Part {
        LAWFUL_BASIS(Topic.LAWFUL_BASES),
        RECOGNISED_INTEREST(Topic.RECOGNISED_LEGITIMATE_INTERESTS),
        ARTICLE_9_CONDITION(Topic.SPECIAL_CATEGORY_CONDITIONS),
        SCHEDULE_1_CONDITION(Topic.DPA_SCHEDULE_1),
        ARTICLE_10_AUTHORITY(Topic.CRIMINAL_OFFENCE_DATA),
        ARTICLE_10_CONDITION(Topic.DPA_SCHEDULE_1),
        LAW_ENFORCEMENT_BASIS(Topic.LAW_ENFORCEMENT),
        SENSITIVE_PROCESSING(Topic.LAW_ENFORCEMENT),
        SCHEDULE_8_CONDITION(Topic.LAW_ENFORCEMENT),
        STATUTORY_GATEWAY(Topic.STATUTORY_GATEWAYS),
        /** Not a catalogue code: the citation of a basis in law the catalogue does not hold. */
        OTHER_LEGAL_POWER(null),
        CONFIDENTIALITY_BASIS(Topic.CONFIDENTIALITY);

        private final Topic topic;

        Part(Topic topic) {
            this.topic = topic;
        }

        /** The catalogue topic its codes come from; null for a citation outside the catalogue. */
        public Topic topic() {
            return topic;
        }
    }

    /** One thing the flow cites: a catalogue code (or, for OTHER_LEGAL_POWER, a citation) and what it is to the flow. */
    public record Citation(Part part, String code) {
    }

    /** Everything the flow cites, in the order the law reads (codes of a set in code order), nothing left blank. */
    public java.util.List<Citation> citations() {
        java.util.List<Citation> cited = new java.util.ArrayList<>();
        lawfulBases.forEach(c -> cited.add(new Citation(Part.LAWFUL_BASIS, c)));
        add(cited, Part.RECOGNISED_INTEREST, recognisedInterest);
        add(cited, Part.ARTICLE_9_CONDITION, specialCategory.condition());
        add(cited, Part.SCHEDULE_1_CONDITION, specialCategory.schedule());
        add(cited, Part.ARTICLE_10_AUTHORITY, criminalOffence.condition());
        add(cited, Part.ARTICLE_10_CONDITION, criminalOffence.schedule());
        add(cited, Part.LAW_ENFORCEMENT_BASIS, lawEnforcementBasis);
        add(cited, Part.SENSITIVE_PROCESSING, sensitiveProcessing.condition());
        add(cited, Part.SCHEDULE_8_CONDITION, sensitiveProcessing.schedule());
        statutoryGateways.forEach(c -> cited.add(new Citation(Part.STATUTORY_GATEWAY, c)));
        add(cited, Part.OTHER_LEGAL_POWER, otherLegalPower);
        add(cited, Part.CONFIDENTIALITY_BASIS, confidentialityBasis);
        return java.util.List.copyOf(cited);
    }

    private static void add(java.util.List<Citation> cited, Part part, String code) {
        if (code != null) {
            cited.add(new Citation(part, code));
        }
    }

    private static String code(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Set<String> codes(Set<String> values) {
        TreeSet<String> sorted = new TreeSet<>();
        if (values != null) {
            values.stream().map(LegalBasis::code).filter(java.util.Objects::nonNull).forEach(sorted::add);
        }
        return java.util.Collections.unmodifiableSortedSet(sorted);
    }
}
