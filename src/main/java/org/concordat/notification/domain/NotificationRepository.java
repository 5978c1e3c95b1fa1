package org.concordat.notification.domain;

import java.util.List;
import java.util.Optional;

/** Where inbox entries are kept. */
public interface NotificationRepository {

    Notification add(Notification notification);

    Optional<Notification> find(long id);

    /** The user's newest notifications first. */
    List<Notification> forRecipient(long userId, int limit);

    long unreadCount(long userId);

    List<Notification> unread(long userId);
}
