package org.concordat.route.domain;

/** The answer to a route check, in one word. */
public enum Outcome {
    /** Every requested kind of information, about everyone asked about, is covered by flows in force. */
    COVERED,
    /** Some of it is covered, some is not. */
    PARTLY_COVERED,
    /** None of it is covered. */
    NOT_COVERED
}
