package org.concordat.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concordat.notification.application.Inbox;

/** The unread count beside "Inbox" in the menu, read once per request. */
@Named
@RequestScoped
public class InboxBadgeView {

    @Inject
    Inbox inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unreadCount();
        }
        return unread;
    }
}
