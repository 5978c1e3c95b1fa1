package org.concordat.legal.domain.compliance;

import java.io.Serializable;

/**
 * One thing the rules found, in plain words.
 *
 * @param rule     the rule's stable code, e.g. SPECIAL-CATEGORY-CONDITION
 * @param message  what is wrong (or worth knowing)
 * @param action   what to do about it
 * @param citation the law that says so
 * @param flowId   the flow it concerns, or null for the agreement as a whole
 * @param field    the field it concerns (the editor links the finding to it), or null
 */
public record Finding(Severity severity, String rule, String message, String action, String citation,
                      String flowId, String field) implements Serializable {
}
