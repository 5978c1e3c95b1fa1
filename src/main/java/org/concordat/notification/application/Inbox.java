package org.concordat.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.concordat.notification.domain.Notification;
import org.concordat.notification.domain.NotificationRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.NotFoundException;

/** The signed-in person's own inbox; nobody reads or marks another's. */
@ApplicationScoped
@Transactional
public class Inbox {

    private static final int SHOWN = 200;

    @Inject
    NotificationRepository repository;

    @Inject
    AccessGuard guard;

    @Inject
    Clock clock;

    public List<NotificationData> mine() {
        Caller caller = guard.signedIn();
        return repository.forRecipient(caller.userId(), SHOWN).stream().map(Inbox::data).toList();
    }

    public long unreadCount() {
        return repository.unreadCount(guard.signedIn().userId());
    }

    public NotificationData markRead(long id) {
        Caller caller = guard.signedIn();
        Notification notification = repository.find(id).filter(n -> n.isFor(caller.userId()))
                .orElseThrow(() -> new NotFoundException("Notification " + id));
        notification.markRead(clock.instant());
        return data(notification);
    }

    public int markAllRead() {
        List<Notification> unread = repository.unread(guard.signedIn().userId());
        unread.forEach(n -> n.markRead(clock.instant()));
        return unread.size();
    }

    private static NotificationData data(Notification n) {
        return new NotificationData(n.getId(), n.getSubject(), n.getBody(), n.getLink(), n.getCreatedAt(), n.getReadAt() != null);
    }
}
