package org.concordat.shared.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A JSON request body larger than 10 MB is refused before it is read, with a problem document. The server's listeners
 * accept larger bodies (wildfly-config/web.cli) so that a page can turn an oversized upload back with a message;
 * this keeps the API's bodies as small as before. Files sent to the API are limited by the endpoint that reads them.
 */
@Provider
@PreMatching
@Priority(100)
public class RequestSizeLimit implements ContainerRequestFilter {

    static final long MAX_JSON_BYTES = 10L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && isJson(type) && request.getLength() > MAX_JSON_BYTES) {
            request.abortWith(Problem.of("too-large", "Request too large", 413, "The request body is "
                    + request.getLength() + " bytes; this API accepts JSON bodies of up to " + MAX_JSON_BYTES
                    + " bytes (10 MB). Nothing was read or changed.").toResponse());
        }
    }

    private static boolean isJson(MediaType type) {
        return "json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json");
    }
}
