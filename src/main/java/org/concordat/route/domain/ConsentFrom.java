package org.concordat.route.domain;

/**
 * Whose consent was sought, when it was. For a child, the child's own where they understand enough to decide (Gillick
 * competence: there is no fixed age, and the age of 13 in DPA 2018 section 9 is only for online services), otherwise
 * a parent's or carer's with parental responsibility; for an adult, their own, or that of someone with authority to
 * decide for them when they lack capacity (Mental Capacity Act 2005).
 */
public enum ConsentFrom {
    /** The child, who understood enough to decide for themselves. */
    CHILD,
    /** A parent or carer with parental responsibility for the child. */
    PARENT_OR_CARER,
    /** The adult the information is about. */
    ADULT,
    /** Someone with authority to decide for an adult who lacks capacity (an attorney or a deputy). */
    REPRESENTATIVE,
    /** Another person the information is about, such as a family member. */
    OTHER_PERSON
}
