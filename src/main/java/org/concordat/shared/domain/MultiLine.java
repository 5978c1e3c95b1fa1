package org.concordat.shared.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks text sent to the API that may run over several lines (reasons, notes, answers): line breaks and tabs are
 * allowed in it. Text not marked is one line (a title, a name, a code), the safer default for a field added later.
 * On a map, the mark applies to its values. See {@link InputRules}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface MultiLine {
}
