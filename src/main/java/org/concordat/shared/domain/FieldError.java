package org.concordat.shared.domain;

/** One problem with one input field, in words meant for the person who typed it. */
public record FieldError(String field, String message) {
}
