package org.concordat.document.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.concordat.document.render.application.DpiaDocuments;
import org.concordat.document.render.application.RenderedDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * DPIA versions as PDF documents. Who may see a version is decided by the DPIA queries, as for its JSON: a draft only
 * the lead organisation's IG leads and DPOs. The whole path is on the class, as for the agreement documents (see
 * DocumentResource): a shorter one would take /v1/dpias/versions/{id} from DpiaResource.
 */
@Path("/v1/dpias/versions/{versionId}/document.pdf")
@Tag(name = "Documents")
public class DpiaDocumentResource {

    @Inject
    DpiaDocuments documents;

    @GET
    @Produces(DocumentResource.PDF)
    @Operation(summary = "The DPIA version as a PDF/A document with its JSON attached (a DRAFT mark until it is signed off)")
    @APIResponse(responseCode = "200", description = "The PDF, as a download named after the reference and version",
            content = @Content(mediaType = DocumentResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such version, or one the caller may not see")
    public Response document(@PathParam("versionId") long versionId) {
        RenderedDocument pdf = documents.document(versionId);
        return Response.ok(pdf.content(), DocumentResource.PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName() + "\"")
                .build();
    }
}
