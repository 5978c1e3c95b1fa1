package org.concordat.route.domain;

/** Someone a practitioner can ask when a route is not covered; the phone may be unknown (null). */
public record DpoContact(String name, String email, String phone) {
}
