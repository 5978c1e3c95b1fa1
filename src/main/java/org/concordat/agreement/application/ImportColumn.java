package org.concordat.agreement.application;

import org.concordat.shared.domain.Messages;

/**
 * The columns of an import file: the agreement's (sheet Agreement, one row) and the flows' (sheet Flows, one row per
 * flow). A CSV has them all in one header, the agreement's first. Headings are words from the bundle; a file is read
 * by heading, in any order, so a column moved or added by hand still reads.
 */
public enum ImportColumn {
    // The agreement
    REFERENCE(Kind.TEXT, false),
    TITLE(Kind.TEXT, false),
    LEAD_ORGANISATION(Kind.ORGANISATION, false),
    IN_FORCE_FROM(Kind.DATE, false),
    REVIEW_DATE(Kind.DATE, false),
    END_DATE(Kind.DATE, false),
    AGREEMENT_PURPOSE(Kind.TEXT, false),
    BENEFITS(Kind.TEXT, false),
    // A flow
    FROM_ORGANISATION(Kind.ORGANISATION, false),
    TO_ORGANISATION(Kind.ORGANISATION, false),
    BOTH_WAYS(Kind.YES_NO, false),
    DATA_SUBJECTS(Kind.CATALOGUE, true),
    DATA_CATEGORIES(Kind.CATALOGUE, true),
    PURPOSE(Kind.CATALOGUE, false),
    FREQUENCY(Kind.TEXT, false),
    TRANSFER_METHOD(Kind.CATALOGUE, false),
    RETENTION(Kind.TEXT, false),
    REGIME(Kind.REGIME, false),
    ARTICLE_6_BASES(Kind.CATALOGUE, true),
    RECOGNISED_INTEREST(Kind.CATALOGUE, false),
    ARTICLE_9_CONDITION(Kind.CATALOGUE, false),
    SCHEDULE_1_CONDITION(Kind.CATALOGUE, false),
    ARTICLE_10_AUTHORITY(Kind.CATALOGUE, false),
    ARTICLE_10_SCHEDULE_1_CONDITION(Kind.CATALOGUE, false),
    PART_3_BASIS(Kind.CATALOGUE, false),
    SENSITIVE_PROCESSING(Kind.CATALOGUE, false),
    SCHEDULE_8_CONDITION(Kind.CATALOGUE, false),
    STATUTORY_GATEWAYS(Kind.CATALOGUE, true),
    OTHER_LEGAL_POWER(Kind.TEXT, false),
    CONFIDENTIALITY(Kind.CATALOGUE, false),
    NOTES(Kind.TEXT, false);

    /** What a cell of the column holds. */
    public enum Kind { TEXT, DATE, ORGANISATION, YES_NO, REGIME, CATALOGUE }

    private final Kind kind;
    private final boolean several;

    ImportColumn(Kind kind, boolean several) {
        this.kind = kind;
        this.several = several;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether a cell may hold several values, separated by semicolons. */
    public boolean several() {
        return several;
    }

    public boolean ofAgreement() {
        return ordinal() <= BENEFITS.ordinal();
    }

    /** The heading people read in the file. */
    public String heading() {
        String key = "agreement.ImportColumn." + name();
        return Messages.text(key);
    }

    /** What to write in the column, for the template's guidance sheet and the README. */
    public String guidance() {
        String key = "agreement.ImportColumnGuidance." + name();
        return Messages.text(key);
    }
}
