package org.concordat.document.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.concordat.document.verification.application.TooManyVerificationsException;
import org.concordat.document.verification.application.Verdict;
import org.concordat.document.verification.application.Verifications;
import org.concordat.shared.api.Problem;
import org.concordat.shared.api.PublicApi;
import org.concordat.shared.domain.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verification of any PDF, open to anyone (no token): the file goes in as the request body or as the "file" part of
 * a form, and the verdict comes back. Files above the size limit are refused before they are read in full;
 * each address may ask for a limited number of verifications a minute.
 */
@Path("/v1/verifications")
@PublicApi
@Tag(name = "Documents")
public class VerificationResource {

    static final String PDF = DocumentResource.PDF;

    @Inject
    Verifications verifications;

    @POST
    @Consumes({PDF, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Checks a PDF: which agreement version it is, and whether each signature is intact, trusted and"
            + " still covers the document")
    @APIResponse(responseCode = "200", description = "The verdict (also for a file that is not a valid PDF: outcome"
            + " NOT_A_VALID_PDF, with the reason in plain words)")
    @APIResponse(responseCode = "413", description = "The file is larger than 10 MB")
    @APIResponse(responseCode = "429", description = "Too many verifications from this address; see Retry-After")
    public Response verify(InputStream body, @jakarta.ws.rs.core.Context HttpHeaders headers) throws IOException {
        if (headers.getLength() > Verifications.MAX_BYTES) {
            return tooLarge();
        }
        return verdict(body);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same, with the PDF as the \"file\" part of a form")
    public Response verifyForm(List<EntityPart> parts) throws IOException {
        for (EntityPart part : parts) {
            if ("file".equals(part.getName())) {
                return verdict(part.getContent());
            }
        }
        return Problem.of("invalid-input", Messages.text("document.VerificationResource.invalidInput"), 400, Messages.text("document.VerificationResource.sendThePdfAsThe")).toResponse();
    }

    /**
     * Any other body (JSON, text, a form of another kind): 415 with what this endpoint wants. Without this method the
     * API's general answer to an unsupported type asked for JSON — the one thing this endpoint does not take.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response notAPdf() {
        return Problem.of("http-415", Messages.text("document.VerificationResource.unsupportedMediaType"), 415, WANTS_A_PDF).toResponse();
    }

    static final String WANTS_A_PDF = Messages.text("document.VerificationResource.sendThePdfItselfAs");

    private Response verdict(InputStream in) throws IOException {
        byte[] pdf;
        try (in) {
            pdf = in.readNBytes(Verifications.MAX_BYTES + 1);
        }
        if (pdf.length > Verifications.MAX_BYTES) {
            return tooLarge();
        }
        try {
            Verdict verdict = verifications.verify(pdf);
            return Response.ok(verdict, MediaType.APPLICATION_JSON_TYPE).build();
        } catch (TooManyVerificationsException e) {
            return Response.fromResponse(Problem.of("too-many-requests", Messages.text("document.VerificationResource.tooManyRequests"), 429, e.getMessage()).toResponse())
                    .header("Retry-After", Math.max(1, e.retryAfter().toSeconds())).build();
        }
    }

    static Response tooLarge() {
        return Problem.of("too-large", Messages.text("document.VerificationResource.fileTooLarge"), 413, Messages.text("document.Verifications.tooLarge",
                Verifications.MAX_BYTES / (1024 * 1024))).toResponse();
    }
}
