package org.concordat.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.List;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;

/**
 * Every JSON request body, once JSON-B has read it and before the endpoint sees it: text with control characters or
 * bidirectional overrides, and dates out of range, are refused field by field with a 400 problem document
 * ({@link RequestBodyCheck}); nothing has changed.
 */
@Provider
public class RequestBodyHygiene implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        MediaType type = context.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            List<FieldError> problems = RequestBodyCheck.problems(body);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        return body;
    }
}
