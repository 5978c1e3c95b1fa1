package org.concordat.document.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import org.concordat.document.signing.application.SigningCredentials;
import org.concordat.shared.api.PublicApi;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Concordat's certification authority certificate, for anyone who wants their PDF reader to trust its signatures. */
@Path("/v1/signing-authority/certificate.pem")
@PublicApi
@Tag(name = "Signing credentials")
public class SigningAuthorityResource {

    static final String PEM = "application/x-pem-file";

    @Inject
    SigningCredentials credentials;

    @GET
    @Produces(PEM)
    @Operation(summary = "The certification authority's certificate (PEM): import it as a trusted issuer of document"
            + " signatures to have a PDF reader, or pdfsig, trust Concordat-issued signatures")
    public Response certificate() throws CertificateEncodingException {
        var certificate = credentials.authorityCertificate()
                .orElseThrow(() -> new NotFoundException(Messages.text("document.SigningAuthorityResource.concordatSCertificationAuthority")));
        String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(
                certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        return Response.ok(pem, PEM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"concordat-signing-authority.pem\"").build();
    }
}
