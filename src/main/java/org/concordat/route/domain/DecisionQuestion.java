package org.concordat.route.domain;

/**
 * The questions a practitioner answers to decide a share that no agreement covers (DfE information sharing advice,
 * 2024; Working Together 2023 §31–33): the law asks for a lawful basis and for sharing that is necessary and
 * proportionate, not for an agreement; consent is one basis among several and only sometimes the right one.
 */
public enum DecisionQuestion {
    /** Is there a lawful basis (and, for special category or offence data, a condition)? */
    LAWFUL_BASIS,
    /** Is sharing necessary and proportionate: only what is relevant, with those who have a role? */
    NECESSARY_AND_PROPORTIONATE,
    /** Is consent the right basis here? Seek it only where it is appropriate and can be freely refused. */
    CONSENT_ONLY_WHERE_APPROPRIATE
}
