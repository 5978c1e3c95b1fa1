package org.concordat.document.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.concordat.document.signing.application.SigningCredentials;
import org.concordat.shared.api.Problem;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organisation's signing credential: its certificate's details (never the key), a new one issued by Concordat's
 * certification authority, or the organisation's own PKCS#12 file uploaded. The whole path on the class, so that
 * /v1/organisations/{id} stays with the organisations' resource.
 */
@Path("/v1/organisations/{organisationId}/signing-credential")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signing credentials")
public class SigningCredentialResource {

    static final int MAX_FILE = SigningCredentials.MAX_PKCS12_BYTES;

    @Inject
    SigningCredentials credentials;

    @GET
    @Operation(summary = "The organisation's active signing certificate: subject, issuer, validity, SHA-256")
    @APIResponse(responseCode = "404", description = "No such organisation for the caller, or no credential yet (one is"
            + " issued at the organisation's first signature)")
    public SigningCredentials.CredentialData current(@PathParam("organisationId") long organisationId) {
        return credentials.current(organisationId)
                .orElseThrow(() -> new NotFoundException(Messages.text("document.SigningCredentialResource.aSigningCredentialOfOrganisation",
                        organisationId)));
    }

    @POST
    @Operation(summary = "Has Concordat's certification authority issue a new credential (3 years), replacing the active one;"
            + " administrators and the organisation's IG leads")
    @APIResponse(responseCode = "201", description = "The new credential")
    public Response issue(@PathParam("organisationId") long organisationId) {
        return Response.status(Response.Status.CREATED).entity(credentials.issue(organisationId)).build();
    }

    @PUT
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Registers the organisation's own PKCS#12 file (form parts \"file\" and \"password\"), replacing"
            + " the active credential; administrators and the organisation's IG leads. The password is used once, never kept")
    @APIResponse(responseCode = "200", description = "The registered credential")
    @APIResponse(responseCode = "400", description = "What is wrong with the file, the password or the certificate")
    public SigningCredentials.CredentialData upload(@PathParam("organisationId") long organisationId, List<EntityPart> parts)
            throws IOException {
        byte[] file = null;
        char[] password = null;
        try {
            for (EntityPart part : parts) {
                if ("file".equals(part.getName())) {
                    file = read(part.getContent(), MAX_FILE);
                } else if ("password".equals(part.getName())) {
                    password = chars(read(part.getContent(), 1024));
                }
            }
            if (file == null) {
                throw new InvalidInputException("file", Messages.text("document.SigningCredentialResource.chooseThePkcs12File"));
            }
            if (file.length > MAX_FILE) {
                throw new InvalidInputException("file", Messages.text("document.SigningCredentialResource.thisFileIsTooLarge"));
            }
            return credentials.upload(organisationId, file, password == null ? new char[0] : password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Any other body than a form: 415 with what the upload wants (the API's general answer would ask for JSON). */
    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response notAForm(@PathParam("organisationId") long organisationId) {
        return Problem.of("http-415", Messages.text("document.SigningCredentialResource.unsupportedMediaType"), 415, Messages.text("document.SigningCredentialResource.sendAMultipartFormData")).toResponse();
    }

    private static byte[] read(InputStream in, int limit) throws IOException {
        try (in) {
            return in.readNBytes(limit + 1);
        }
    }

    /** The password as characters, its bytes wiped as soon as they are decoded. */
    private static char[] chars(byte[] utf8) {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(utf8));
        Arrays.fill(utf8, (byte) 0);
        char[] password = Arrays.copyOf(decoded.array(), decoded.limit());
        Arrays.fill(decoded.array(), '\0');
        return password;
    }
}
