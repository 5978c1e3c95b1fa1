package org.concordat.route.domain;

/** The seven golden rules for sharing information (DfE advice for safeguarding practitioners), by number. */
public enum GoldenRule {
    SAFETY_BEFORE_PRIVACY(1),
    ENGAGE_THE_FAMILY(2),
    CONSENT_NOT_NEEDED_WHEN_AT_RISK(3),
    SEEK_ADVICE(4),
    PROTECT_IDENTITIES(5),
    NECESSARY_AND_PROPORTIONATE(6),
    RECORD_THE_DECISION(7);

    private final int number;

    GoldenRule(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
