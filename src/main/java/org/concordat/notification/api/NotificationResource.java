package org.concordat.notification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.concordat.notification.application.Inbox;
import org.concordat.notification.application.NotificationData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own inbox. */
@Path("/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    Inbox inbox;

    @GET
    @Operation(summary = "The caller's notifications, newest first (the latest 200)")
    public List<NotificationData> mine() {
        return inbox.mine();
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", inbox.unreadCount());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    public NotificationData read(@PathParam("id") long id) {
        return inbox.markRead(id);
    }

    @POST
    @Path("/read")
    @Operation(summary = "Mark all the caller's notifications read")
    public Map<String, Integer> readAll() {
        return Map.of("marked", inbox.markAllRead());
    }
}
