package org.concordat.template.domain;

import java.io.Serializable;

import org.concordat.shared.domain.MultiLine;

/** A free-text answer the author writes in a section. */
public record FieldSpec(String key, String label, @MultiLine String hint, boolean required, boolean multiline) implements Serializable {
}
