package org.concordat.route.domain;

/** What to do now, given the answer: each a key that the application words. */
public enum Guidance {
    /** In an emergency, share what is necessary and proportionate now and record the reasons afterwards. */
    EMERGENCY_SHARE_NOW,
    /** Covered: share only what the flow lists, for its purpose, by the transfer method it requires. */
    SHARE_AS_AGREED,
    /** Partly covered: the covered part may go as agreed; the rest needs a case-by-case decision. */
    SHARE_ONLY_THE_COVERED_PART,
    /** The recipient is not a partnership organisation: check who they are, their role, and a secure way to send. */
    CHECK_THE_RECIPIENT,
    /** Ask the organisation's data protection officer. */
    ASK_THE_DPO,
    /** A route needed again should be covered: ask the IG lead for an agreement or an amendment. */
    ASK_FOR_AN_AGREEMENT,
    /** The covering agreement is past its review date: tell the IG lead. */
    REPORT_OVERDUE_REVIEW
}
