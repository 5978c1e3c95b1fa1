package org.concordat.shared.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts every long list's filter shares — its search text, a status tag, an order — read from the text a page's
 * address or an API query gives. A part that makes no sense becomes a field error named as the parameter, so that a
 * list never silently ignores what it was asked.
 */
public final class ListParameters {

    /** The longest search text a list takes. */
    public static final int MAX_TEXT = 200;

    private ListParameters() {
    }

    /** The search text, trimmed; null when none. Parameter {@code q}. */
    public static String text(String raw, List<FieldError> errors) {
        if (blank(raw)) {
            return null;
        }
        String text = raw.strip();
        String problem = InputRules.textProblem(text, false);
        if (problem != null) {
            errors.add(new FieldError("q", problem));
            return null;
        }
        if (text.length() > MAX_TEXT) {
            errors.add(new FieldError("q", Messages.text("shared.ListParameters.text", MAX_TEXT)));
            return null;
        }
        return text;
    }

    /** The search text of a list whose only filter is its text; a text that cannot be used is refused, named {@code q}. */
    public static String searchText(String raw) {
        List<FieldError> errors = new java.util.ArrayList<>();
        String text = text(raw, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return text;
    }

    /** A status tag among those the list's items can carry, any case; null when none. Parameter {@code status}. */
    public static StatusTag status(String raw, Set<StatusTag> allowed, List<FieldError> errors) {
        if (blank(raw)) {
            return null;
        }
        String name = raw.strip().toUpperCase(Locale.ROOT);
        StatusTag tag = allowed.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
        if (tag == null) {
            errors.add(new FieldError("status", Messages.text("shared.ListParameters.status")));
        }
        return tag;
    }

    /** The order, any case; newest first when none. Parameter {@code sort}. */
    public static ListOrder order(String raw, List<FieldError> errors) {
        if (blank(raw)) {
            return ListOrder.NEWEST;
        }
        try {
            return ListOrder.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("sort", Messages.text("shared.ListParameters.sort")));
            return ListOrder.NEWEST;
        }
    }

    /** An id (of a party, an agreement …), null when none. */
    public static Long id(String raw, String field, String problem, List<FieldError> errors) {
        if (blank(raw)) {
            return null;
        }
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, problem));
            return null;
        }
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
