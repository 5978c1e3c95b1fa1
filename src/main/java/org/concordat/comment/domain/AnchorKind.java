package org.concordat.comment.domain;

/** What a thread is about: the whole version, one section of its template, or one of its flows. */
public enum AnchorKind {
    VERSION, SECTION, FLOW
}
