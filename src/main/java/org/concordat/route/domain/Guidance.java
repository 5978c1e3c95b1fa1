package org.concordat.route.domain;

/**
 * What to do now, given the answer: each a key that the application words. An agreement records lawful sharing; it
 * never grants permission, so a route it does not cover is a question for the practitioner's judgement, not a refusal.
 */
public enum Guidance {
    /** In an emergency, share what is necessary and proportionate now and record the reasons afterwards. */
    EMERGENCY_SHARE_NOW,
    /** Covered: share only what the flow lists, for its purpose, by the transfer method it requires. */
    SHARE_AS_AGREED,
    /** Partly covered: the covered part goes as agreed; the rest is decided case by case, like an uncovered route. */
    SHARE_ONLY_THE_COVERED_PART,
    /**
     * Not (fully) covered: a concern about harm is referred to children's social care, adult social care or the police
     * whatever the agreements say — no agreement is needed to make a referral (Working Together 2023 §31).
     */
    REFER_WITHOUT_AN_AGREEMENT,
    /** Not (fully) covered: no agreement is needed to share where there is a lawful basis; decide with the questions. */
    DECIDE_WITHOUT_AN_AGREEMENT,
    /** The recipient is not a partnership organisation: check who they are, their role, and a secure way to send. */
    CHECK_THE_RECIPIENT,
    /** Ask the organisation's data protection officer. */
    ASK_THE_DPO,
    /** A route needed again should be recorded: ask the IG lead for an agreement or an amendment. */
    ASK_FOR_AN_AGREEMENT,
    /** The covering agreement is past its review date: tell the IG lead. */
    REPORT_OVERDUE_REVIEW
}
