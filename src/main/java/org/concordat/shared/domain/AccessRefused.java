package org.concordat.shared.domain;

/** Event: a request was refused. Audited and logged even though the refused work rolls back. */
public record AccessRefused(Caller caller, String action, String reason) {
}
