package org.concordat.notification.application;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.concordat.notification.domain.Notification;
import org.concordat.notification.domain.NotificationRepository;

/** The inbox in a list, with the JPA repository's semantics: ids from a sequence, newest first. */
public class InMemoryNotificationRepository implements NotificationRepository {

    private final List<Notification> notifications = new ArrayList<>();
    private long nextId = 1;

    @Override
    public Notification add(Notification notification) {
        try {
            Field id = Notification.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(notification, nextId++);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        notifications.add(notification);
        return notification;
    }

    @Override
    public Optional<Notification> find(long id) {
        return notifications.stream().filter(n -> n.getId() == id).findFirst();
    }

    @Override
    public List<Notification> forRecipient(long userId, int limit) {
        return notifications.stream().filter(n -> n.isFor(userId))
                .sorted(Comparator.comparing(Notification::getCreatedAt).thenComparing(Notification::getId).reversed())
                .limit(limit).toList();
    }

    @Override
    public long unreadCount(long userId) {
        return unread(userId).size();
    }

    @Override
    public List<Notification> unread(long userId) {
        return notifications.stream().filter(n -> n.isFor(userId) && n.getReadAt() == null).toList();
    }

    public List<Notification> all() {
        return List.copyOf(notifications);
    }
}
