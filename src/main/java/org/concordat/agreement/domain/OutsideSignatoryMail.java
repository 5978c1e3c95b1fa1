package org.concordat.agreement.domain;

import java.time.Instant;

/**
 * An e-mail to a signatory outside Concordat, who has no account and no inbox: the one-time link on submission, or the
 * code that proves control of the address. Fired inside the transaction that recorded the link or the code; the mail
 * goes once it has committed. The secret travels only here and in the mail, never to storage or logs.
 *
 * @param secret the link's token (LINK) or the six-digit code (CODE)
 * @param until  when the link or the code stops working
 */
public record OutsideSignatoryMail(Kind kind, String to, String fullName, String reference, String title, int number,
                                   String organisationName, String secret, Instant until) {

    public enum Kind {
        LINK, CODE
    }

    @Override
    public String toString() {
        return "OutsideSignatoryMail[" + kind + ", " + reference + " v" + number + "]";
    }
}
