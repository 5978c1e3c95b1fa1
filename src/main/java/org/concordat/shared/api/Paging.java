package org.concordat.shared.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;

/**
 * How the API pages a long list: {@code page} (from 1) and {@code size} (1 to 500) in the query; the body is the page's
 * array, as it always was; {@code X-Total-Count} says how many match, and {@code Link} (RFC 8288) gives the next and
 * previous pages with the rest of the query kept.
 */
public final class Paging {

    /** What a list endpoint returns when the client does not say: enough for most partnerships in one call. */
    public static final String DEFAULT_SIZE = "100";

    private Paging() {
    }

    /** The page asked for; anything that is not a whole number in range is a 400 naming the parameter. */
    public static PageRequest request(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = whole(page, Integer.MAX_VALUE, "page", Messages.text("shared.Paging.page"), errors);
        int s = whole(size, PageRequest.MAX_SIZE, "size", Messages.text("shared.Paging.size", PageRequest.MAX_SIZE), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PageRequest(p, s);
    }

    /** The page as the response: its rows, the count and the links. */
    public static Response response(Page<?> found, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(found.items()).header("X-Total-Count", found.total());
        if (found.hasNext()) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", found.number() + 1).build(), "next");
        }
        if (found.hasPrevious()) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", Math.min(found.number() - 1, found.pages()))
                    .build(), "prev");
        }
        return response.build();
    }

    private static int whole(String value, int max, String field, String problem, List<FieldError> errors) {
        try {
            int n = Integer.parseInt(value == null ? "1" : value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        errors.add(new FieldError(field, problem));
        return 1;
    }
}
