package org.concordat.template.domain;

/** A free-text answer the author writes in a section. */
public record FieldSpec(String key, String label, String hint, boolean required, boolean multiline) {
}
