package org.concordat.notification.application;

import java.io.Serializable;
import java.time.Instant;

/** An inbox entry as pages and the API show it. */
public record NotificationData(long id, String subject, String body, String link, Instant createdAt, boolean read) implements Serializable {
}
