package org.concordat.comment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.concordat.comment.application.Commenting;
import org.concordat.comment.application.DiscussionData;
import org.concordat.comment.application.Discussions;
import org.concordat.comment.domain.AnchorKind;
import org.concordat.shared.api.Inputs;
import org.concordat.shared.domain.MultiLine;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Comments on a version: its threads, a new one, a reply, resolving and reopening. For the IG leads and signatories
 * who see the version (a draft: its lead's IG leads only); a version that is no longer a draft or submitted is read
 * only (400 on any change). Bad input is a 400 problem naming the fields; a version or thread the caller may not see,
 * 404; a caller with neither role, 403.
 */
@Path("/v1/agreements/versions/{versionId}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class CommentResource {

    @Inject
    Discussions discussions;

    @Inject
    Commenting commenting;

    /**
     * A new thread.
     *
     * @param anchorKind VERSION (the whole version), SECTION or FLOW
     * @param anchorKey  the section's or flow's key (none for VERSION)
     */
    public record NewComment(AnchorKind anchorKind, String anchorKey, @MultiLine String text) {
    }

    public record ReplyInput(@MultiLine String text) {
    }

    @GET
    @Operation(summary = "The version's comment threads, oldest first, what a comment may be about, and whether it takes comments now")
    public DiscussionData list(@PathParam("versionId") long versionId) {
        return discussions.discussion(versionId);
    }

    @POST
    @Operation(summary = "Start a thread on the whole version, a section (anchorKey: its key) or a flow (its key) (IG_LEAD or SIGNATORY)")
    public Response start(@PathParam("versionId") long versionId, NewComment input) {
        Inputs.required(input);
        DiscussionData.ThreadData thread = commenting.start(versionId,
                new Commenting.StartThread(input.anchorKind(), input.anchorKey(), input.text()));
        return Response.created(URI.create("/api/v1/agreements/versions/" + versionId + "/comments/" + thread.id()))
                .entity(thread).build();
    }

    @GET
    @Path("/{threadId}")
    @Operation(summary = "One thread with its comments")
    public DiscussionData.ThreadData thread(@PathParam("versionId") long versionId, @PathParam("threadId") long threadId) {
        return discussions.thread(versionId, threadId);
    }

    @POST
    @Path("/{threadId}/replies")
    @Operation(summary = "Reply to an open thread (IG_LEAD or SIGNATORY)")
    public Response reply(@PathParam("versionId") long versionId, @PathParam("threadId") long threadId, ReplyInput input) {
        Inputs.required(input);
        return Response.status(201).entity(commenting.reply(versionId, threadId, input.text())).build();
    }

    @POST
    @Path("/{threadId}/resolution")
    @Operation(summary = "Resolve an open thread (IG_LEAD or SIGNATORY)")
    public DiscussionData.ThreadData resolve(@PathParam("versionId") long versionId, @PathParam("threadId") long threadId) {
        return commenting.resolve(versionId, threadId);
    }

    @DELETE
    @Path("/{threadId}/resolution")
    @Operation(summary = "Reopen a resolved thread (IG_LEAD or SIGNATORY)")
    public DiscussionData.ThreadData reopen(@PathParam("versionId") long versionId, @PathParam("threadId") long threadId) {
        return commenting.reopen(versionId, threadId);
    }
}
