package org.concordat.shared.api;

import org.concordat.shared.domain.InvalidInputException;

/** The checks every endpoint makes of a request body before a use case sees it. */
public final class Inputs {

    private Inputs() {
    }

    /** The body itself: a missing one is a field error, not a server error. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "Send the request body as a JSON object.");
        }
        return body;
    }

    /** The version the client last read, without which an update could silently overwrite someone else's. */
    public static long version(String field, Long version) {
        if (version == null) {
            throw new InvalidInputException(field, "Send the " + field + " you last read, so that no one's change is lost.");
        }
        return version;
    }
}
