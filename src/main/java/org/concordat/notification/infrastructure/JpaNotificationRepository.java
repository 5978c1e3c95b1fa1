package org.concordat.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordat.notification.domain.Notification;
import org.concordat.notification.domain.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Notification add(Notification notification) {
        em.persist(notification);
        return notification;
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> forRecipient(long userId, int limit) {
        return em.createQuery("select n from Notification n where n.recipientUserId = :u order by n.createdAt desc, n.id desc",
                Notification.class).setParameter("u", userId).setMaxResults(limit).getResultList();
    }

    @Override
    public long unreadCount(long userId) {
        return em.createQuery("select count(n) from Notification n where n.recipientUserId = :u and n.readAt is null", Long.class)
                .setParameter("u", userId).getSingleResult();
    }

    @Override
    public List<Notification> unread(long userId) {
        return em.createQuery("select n from Notification n where n.recipientUserId = :u and n.readAt is null", Notification.class)
                .setParameter("u", userId).getResultList();
    }
}
