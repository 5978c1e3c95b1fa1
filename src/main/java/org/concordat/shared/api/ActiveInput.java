package org.concordat.shared.api;

/** Deactivate or reactivate something: the version being changed and the wanted state. */
public record ActiveInput(Long version, Boolean active) {
}
