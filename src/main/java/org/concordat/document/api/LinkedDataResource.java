package org.concordat.document.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.concordat.document.render.application.AgreementLinkedData;
import org.concordat.document.render.application.RenderedDocument;
import org.concordat.document.signing.application.SignedDocuments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A version as linked data (JSON-LD in DPV and ODRL), beside its JSON ({@link DocumentJsonResource}) and with the
 * same access: whoever may see the version. The whole path is on the class, as for the JSON.
 */
@Path("/v1/agreements/versions/{versionId}/agreement.jsonld")
@Tag(name = "Documents")
public class LinkedDataResource {

    @Inject
    SignedDocuments documents;

    @GET
    @Produces(AgreementLinkedData.MEDIA_TYPE)
    @Operation(summary = "The version as JSON-LD (W3C Data Privacy Vocabulary and ODRL 2.2): the file attached to its"
            + " document, byte for byte (for a draft, as it stands now)")
    @APIResponse(responseCode = "200", description = "The version as linked data (format concordat.agreement-version-ld/1;"
            + " context, schema and vocabulary note under /api/v1/formats/agreement-ld/1/)")
    @APIResponse(responseCode = "404", description = "No such version, or one the caller may not see")
    public Response linkedData(@PathParam("versionId") long versionId) {
        RenderedDocument document = documents.linkedData(versionId);
        return Response.ok(document.content(), AgreementLinkedData.MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
