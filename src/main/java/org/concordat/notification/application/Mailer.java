package org.concordat.notification.application;

import java.util.List;

/**
 * Sends email once the current transaction has committed (never for work that rolled back), in the background so
 * that a slow or absent mail server never holds up an approval. The inbox keeps every notification either way.
 */
public interface Mailer {

    record Email(String to, String subject, String body, String link) {
    }

    void sendAfterCommit(List<Email> emails);
}
