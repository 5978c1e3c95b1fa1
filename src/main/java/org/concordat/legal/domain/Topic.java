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
    SPECIAL_CATEGORY_CONDITIONS("special-category-conditions", Set.of("explicit-consent", "vital-interests",
            "substantial-public-interest", "health-or-social-care", "obligation-of-secrecy"),
            Set.of("needs_schedule_1")),
    CRIMINAL_OFFENCE_DATA("criminal-offence-data", Set.of("official-authority", "authorised-by-law"),
            Set.of("needs_schedule_1")),
    DPA_SCHEDULE_1("dpa-schedule-1", Set.of("needs-apd", "substantial-public-interest", "safeguarding",
            "children-or-at-risk"), Set.of("part", "paragraph")),
    LAW_ENFORCEMENT("law-enforcement", Set.of("consent", "strictly-necessary", "needs-apd", "safeguarding"),
            Set.of("kind", "needs_schedule_8")),
    CONFIDENTIALITY("confidentiality", Set.of("consent", "legal-requirement", "public-interest",
            "not-confidential"), Set.of()),
    STATUTORY_GATEWAYS("statutory-gateways", Set.of("duty", "power", "safeguarding", "law-enforcement"),
            Set.of("sectors")),
    SECTORS("sectors", Set.of("usually-public-authority", "may-be-competent-authority"), Set.of()),
    DATA_SUBJECTS("data-subjects", Set.of("child", "adult-at-risk", "adult"), Set.of()),
    DATA_CATEGORIES("data-categories", Set.of("special-category", "criminal-offence", "sensitive-context"),
            Set.of()),
    PURPOSES("purposes", Set.of("safeguarding", "law-enforcement", "direct-care"), Set.of()),
    TRANSFER_METHODS("transfer-methods", Set.of("secure", "insecure", "limited-security"), Set.of());

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
