package org.concordat.document.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import jakarta.ws.rs.core.Response;
import org.concordat.document.render.application.RenderedDocument;
import org.concordat.document.signing.application.SignedDocuments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed document of a version: the whole path on the class, as for the preview (see DocumentResource). */
@Path("/v1/agreements/versions/{versionId}/document.pdf")
@Tag(name = "Documents")
public class SignedDocumentResource {

    @Inject
    SignedDocuments documents;

    @GET
    @Produces(DocumentResource.PDF)
    @Operation(summary = "The document rendered when the version was submitted, with every party's signature made so far"
            + " (PAdES, each an incremental update; the first certifies the document)")
    @APIResponse(responseCode = "200", description = "The signed PDF, as a download",
            content = @Content(mediaType = DocumentResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such version, one the caller may not see, or a draft never submitted")
    @APIResponse(responseCode = "202", description = "Signing…: every approval is recorded, but the signatures of some"
            + " are still being added (after the approval commits, by a worker that retries until each is made). The body"
            + " says how many are waiting and why the first failed, if it did; ask again after Retry-After seconds.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SigningStateJson.class)))
    public Response signed(@PathParam("versionId") long versionId) {
        Optional<SignedDocuments.SigningProgress> signing = documents.signing(versionId);
        if (signing.isPresent()) {
            return Response.accepted(SigningStateJson.of(signing.get())).type(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.RETRY_AFTER, SigningStateJson.RETRY_AFTER_SECONDS).build();
        }
        RenderedDocument pdf = documents.signed(versionId);
        return Response.ok(pdf.content(), DocumentResource.PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName() + "\"")
                .build();
    }
}
