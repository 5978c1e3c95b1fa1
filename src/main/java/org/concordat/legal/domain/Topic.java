package org.concordat.legal.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The topics of the legal catalogue, one data file each, with the flags and extra fields an entry of the topic
 * may carry (templates/legal/README.md describes them for the people who edit the files).
 */
public enum Topic {
    LAWFUL_BASES("lawful-bases", Set.of("consent", "contract", "legal-obligation", "vital-interests",
            "public-task", "legitimate-interests", "recognised-legitimate-interest", "needs-statutory-power",
            "not-for-public-authority-tasks", "needs-balancing-test"), Set.of()),
    /** UK GDPR Annex 1: the recognised legitimate interests of Article 6(1)(ea). */
    RECOGNISED_LEGITIMATE_INTERESTS("recognised-legitimate-interests", Set.of("public-body-request",
            "national-security", "emergency", "crime", "safeguarding"), Set.of()),
    /** UK GDPR Article 8A and Annex 2: when further processing is compatible with the original purpose. */
    COMPATIBLE_PURPOSES("compatible-purposes", Set.of("public-body-request", "national-security", "emergency",
            "crime", "safeguarding", "vital-interests", "needs-compatibility-assessment", "authorised-by-law"),
            Set.of()),
    SPECIAL_CATEGORY_CONDITIONS("special-category-conditions", Set.of("explicit-consent", "vital-interests",
            "substantial-public-interest", "health-or-social-care", "obligation-of-secrecy"),
            Set.of("needs_schedule_1")),
    CRIMINAL_OFFENCE_DATA("criminal-offence-data", Set.of("official-authority", "authorised-by-law"),
            Set.of("needs_schedule_1")),
    DPA_SCHEDULE_1("dpa-schedule-1", Set.of("needs-apd", "substantial-public-interest", "safeguarding",
            "children-or-at-risk"), Set.of("part", "paragraph")),
    LAW_ENFORCEMENT("law-enforcement", Set.of("consent", "strictly-necessary", "needs-apd", "safeguarding",
            "authorised-by-law"), Set.of("kind", "needs_schedule_8")),
    /** DPA 2018 Schedules 2 and 3: exemptions from, and restrictions of, individuals' rights. */
    EXEMPTIONS("exemptions", Set.of("crime", "required-by-law", "legal-proceedings", "serious-harm-test",
            "best-interests"), Set.of()),
    /** What a controller must keep and do: records, DPIAs, prior consultation, complaints. */
    CONTROLLER_DUTIES("controller-duties", Set.of("record-keeping", "dpia", "prior-consultation", "complaints"),
            Set.of()),
    CONFIDENTIALITY("confidentiality", Set.of("consent", "legal-requirement", "public-interest",
            "not-confidential"), Set.of()),
    STATUTORY_GATEWAYS("statutory-gateways", Set.of("duty", "power", "safeguarding", "law-enforcement"),
            Set.of("sectors")),
    /** Statutory and good-practice guidance a flow is checked against, cited by document and paragraph. */
    GUIDANCE("guidance", Set.of("statutory", "good-practice", "consent", "children", "adults"), Set.of()),
    SECTORS("sectors", Set.of("usually-public-authority", "may-be-competent-authority"), Set.of()),
    DATA_SUBJECTS("data-subjects", Set.of("child", "adult-at-risk", "adult"), Set.of()),
    DATA_CATEGORIES("data-categories", Set.of("special-category", "criminal-offence", "sensitive-context"),
            Set.of()),
    PURPOSES("purposes", Set.of("safeguarding", "law-enforcement", "direct-care"), Set.of()),
    TRANSFER_METHODS("transfer-methods", Set.of("secure", "insecure", "limited-security"), Set.of());

    /** The kinds of law-enforcement entry (field {@code kind} of the law-enforcement topic). */
    public static final Set<String> LAW_ENFORCEMENT_KINDS = Set.of("lawful-basis", "sensitive-processing",
            "schedule-8", "provision");

    private final String fileName;
    private final Set<String> flags;
    private final Set<String> extraFields;

    Topic(String fileName, Set<String> flags, Set<String> extraFields) {
        this.fileName = fileName;
        this.flags = flags;
        this.extraFields = extraFields;
    }

    /** The topic's name in the data files ("lawful-bases"); its file is that name plus ".yaml". */
    public String id() {
        return fileName;
    }

    public Set<String> allowedFlags() {
        return flags;
    }

    public Set<String> extraFields() {
        return extraFields;
    }

    public static Optional<Topic> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.fileName.equals(id)).findFirst();
    }
}
