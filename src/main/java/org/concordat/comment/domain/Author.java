package org.concordat.comment.domain;

/** Who wrote a comment, as they were named when they wrote it. */
public record Author(long userId, String name, long organisationId, String organisationName) {
}
