package org.concordat.shared.domain;

/**
 * The orders the lists of agreements and DPIAs offer, the same words on both. Each query ends its order on the
 * reference, so that paging never repeats or skips a row.
 */
public enum ListOrder {
    /** Newest reference first (references are numbered as agreements are started). */
    NEWEST,
    /** Oldest reference first. */
    OLDEST,
    /** By title, A to Z. */
    TITLE,
    /** Review date soonest first; agreements with no review date last. */
    REVIEW_BY,
    /** Most recently changed first. */
    CHANGED
}
