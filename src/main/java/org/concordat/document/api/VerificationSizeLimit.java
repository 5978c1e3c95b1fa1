package org.concordat.document.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.concordat.document.verification.application.Verifications;
import org.concordat.shared.api.RequestSizeLimit;

/**
 * A file sent for verification larger than it accepts, whatever its size and whether alone or in a form, is refused
 * before it is read (a form before it is even parsed) with the same answer as the endpoint's own: see
 * {@link VerificationResource#tooLarge()}. Runs before the API's general limit ({@link RequestSizeLimit}).
 */
@Provider
@PreMatching
@Priority(50)
public class VerificationSizeLimit implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().replaceAll("^/+|/+$", "").equals("v1/verifications")) {
            return;
        }
        MediaType type = request.getMediaType();
        boolean form = type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        if (request.getLength() > (form ? RequestSizeLimit.MAX_OTHER_BYTES : Verifications.MAX_BYTES)) {
            request.abortWith(VerificationResource.tooLarge());
        }
    }
}
