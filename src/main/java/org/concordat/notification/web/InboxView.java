package org.concordat.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concordat.notification.application.Inbox;
import org.concordat.notification.application.NotificationData;
import org.concordat.shared.web.Feedback;

/** The inbox page: newest first, unread marked; opening one marks it read. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Inbox inbox;

    private List<NotificationData> notifications;

    public List<NotificationData> getNotifications() {
        if (notifications == null) {
            notifications = inbox.mine();
        }
        return notifications;
    }

    /** Marks the notification read and follows its link. */
    public String open(long id) {
        NotificationData read = inbox.markRead(id);
        return read.link() == null ? null : read.link().replace(".xhtml?", "?").concat("&faces-redirect=true");
    }

    public void markAllRead() {
        int marked = inbox.markAllRead();
        notifications = null;
        Feedback.info(Feedback.text("inbox.allRead", marked));
    }
}
