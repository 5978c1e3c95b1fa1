package org.concordat.document.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.concordat.document.render.application.AgreementDocuments;
import org.concordat.document.render.application.RenderedDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agreement versions as PDF documents. Who may see a version is decided by the use case, as for its JSON. The
 * whole path is on the class: a shorter class path would take /v1/agreements/versions/{id} from
 * AgreementResource when root resources are matched first.
 */
@Path("/v1/agreements/versions/{versionId}/preview.pdf")
@Tag(name = "Documents")
public class DocumentResource {

    static final String PDF = "application/pdf";

    @Inject
    AgreementDocuments documents;

    @GET
    @Produces(PDF)
    @Operation(summary = "The version as it stands now, as a PDF/A document with its JSON attached (drafts carry a DRAFT mark)")
    @APIResponse(responseCode = "200", description = "The PDF, as a download named after the reference and version",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such version, or one the caller may not see")
    public Response preview(@PathParam("versionId") long versionId) {
        RenderedDocument pdf = documents.preview(versionId);
        return Response.ok(pdf.content(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName() + "\"")
                .build();
    }
}
