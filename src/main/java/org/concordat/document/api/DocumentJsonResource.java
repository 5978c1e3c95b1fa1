package org.concordat.document.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.concordat.document.render.application.RenderedDocument;
import org.concordat.document.signing.application.SignedDocuments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The machine-readable copy a version's document carries: the whole path on the class, as for the preview. */
@Path("/v1/agreements/versions/{versionId}/document.json")
@Tag(name = "Documents")
public class DocumentJsonResource {

    @Inject
    SignedDocuments documents;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The JSON attached to the version's document, byte for byte (for a draft, as it stands now)")
    @APIResponse(responseCode = "200", description = "The version as data (format concordat.agreement-version/1)")
    @APIResponse(responseCode = "404", description = "No such version, or one the caller may not see")
    public Response json(@PathParam("versionId") long versionId) {
        RenderedDocument json = documents.json(versionId);
        return Response.ok(json.content(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + json.fileName() + "\"")
                .build();
    }
}
