package org.concordat.document.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.concordat.document.render.application.AgreementDocuments;
import org.concordat.document.render.application.CommentComparisons;
import org.concordat.document.render.application.RenderedDocument;
import org.concordat.shared.api.Problem;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An agreement version as an editable Word file for comment, and a partner's marked-up copy compared with the draft.
 * The whole path is on the class, as for the PDF ({@link DocumentResource}).
 */
@Path("/v1/agreements/versions/{versionId}/comment.docx")
@Tag(name = "Documents")
public class WordDocumentResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    AgreementDocuments documents;

    @Inject
    CommentComparisons comparisons;

    @GET
    @Produces(DOCX)
    @Operation(summary = "The version as it stands now as an editable Word file for comment: the PDF's content in the"
            + " same order, the findings of a draft, and \"Not the signed copy\" on every page")
    @APIResponse(responseCode = "200", description = "The DOCX, as a download named after the reference and version",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such version, or one the caller may not see")
    public Response word(@PathParam("versionId") long versionId) {
        RenderedDocument docx = documents.word(versionId);
        return Response.ok(docx.content(), DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + docx.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @POST
    @Path("comparison")
    @Consumes({DOCX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compares a partner's marked-up Word copy with the draft as it stands now: each changed, added"
            + " or removed paragraph side by side, and the comments in the file, to apply by hand (nothing is changed or kept)")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentComparisons.CommentComparison.class)))
    @APIResponse(responseCode = "400", description = "The version is not a draft, or the file is not a Word document"
            + " that can be read safely (the reason is in the problem's errors)")
    @APIResponse(responseCode = "403", description = "The caller may see the draft but not edit it")
    @APIResponse(responseCode = "404", description = "No such version, or one the caller may not see")
    @APIResponse(responseCode = "413", description = "The file is larger than 10 MB")
    public Response compare(@PathParam("versionId") long versionId, InputStream body, @Context HttpHeaders headers)
            throws IOException {
        if (headers.getLength() > CommentComparisons.MAX_BYTES) {
            return tooLarge();
        }
        return compared(versionId, null, body);
    }

    @POST
    @Path("comparison")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same, with the Word file as the \"file\" part of a form")
    public Response compareForm(@PathParam("versionId") long versionId, List<EntityPart> parts) throws IOException {
        for (EntityPart part : parts) {
            if (CommentComparisons.FIELD.equals(part.getName())) {
                return compared(versionId, part.getFileName().orElse(null), part.getContent());
            }
        }
        throw new InvalidInputException(CommentComparisons.FIELD, Messages.text("document.WordDocumentResource.sendTheDocx"));
    }

    /** Any other body: 415 with what this endpoint wants. */
    @POST
    @Path("comparison")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response notADocx() {
        return Problem.of("http-415", Messages.text("document.VerificationResource.unsupportedMediaType"), 415,
                Messages.text("document.WordDocumentResource.sendTheDocx")).toResponse();
    }

    private Response compared(long versionId, String fileName, InputStream in) throws IOException {
        byte[] file;
        try (in) {
            file = in.readNBytes(CommentComparisons.MAX_BYTES + 1);
        }
        if (file.length > CommentComparisons.MAX_BYTES) {
            return tooLarge();
        }
        return Response.ok(comparisons.compare(versionId, fileName, file), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Response tooLarge() {
        return Problem.of("too-large", Messages.text("document.VerificationResource.fileTooLarge"), 413,
                CommentComparisons.tooLarge()).toResponse();
    }
}
