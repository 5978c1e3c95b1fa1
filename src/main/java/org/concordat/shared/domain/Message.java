package org.concordat.shared.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A sentence not yet put into words: its key in a message bundle and its arguments, resolved by {@link Messages}.
 * A domain object carries one where the words are chosen later, or more than once.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = Collections.unmodifiableList(new ArrayList<>(args)); // an argument may be null, as in concatenation
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The sentence as the person reads it. */
    public String text() {
        return Messages.text(this);
    }
}
