package org.concordat.legal.domain.compliance;

/**
 * A likely legal choice for a flow, offered to the author with the reason — never applied on their behalf.
 *
 * @param field the flow field it is for (lawfulBases, article9Condition, schedule1Condition, ...)
 */
public record Suggestion(String field, String code, String title, String reason) {
}
