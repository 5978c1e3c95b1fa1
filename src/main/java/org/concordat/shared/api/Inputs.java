package org.concordat.shared.api;

import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/** The checks every endpoint makes of a request body before a use case sees it. */
public final class Inputs {

    private Inputs() {
    }

    /** The body itself: a missing one is a field error, not a server error. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", Messages.text("shared.Inputs.sendTheRequestBodyAs"));
        }
        return body;
    }

    /** The version the client last read, without which an update could silently overwrite someone else's. */
    public static long version(String field, Long version) {
        if (version == null) {
            throw new InvalidInputException(field, Messages.text("shared.Inputs.sendThe", field));
        }
        return version;
    }
}
