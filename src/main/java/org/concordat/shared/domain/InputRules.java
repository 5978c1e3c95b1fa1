package org.concordat.shared.domain;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What any text or date typed into Concordat must be, whichever way it arrives (a page or the API): checked once here
 * and applied at both doors (the pages' default validator and date parsing, the API's request body check).
 *
 * <p>Refused in text: control characters (NUL among them: PostgreSQL cannot store it, and it hides text from some
 * readers), the Unicode bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 (they make an
 * agreement's title or a decision's reasons read differently on screen, in a PDF or a spreadsheet from what was stored
 * — "Trojan Source"), and half of a surrogate pair (not a character at all). Line breaks and tabs are allowed only in
 * text meant to run over several lines. The left-to-right and right-to-left marks U+200E, U+200F and U+061C stay
 * allowed: they only settle the direction of neutral characters next to them, which names in Arabic or Hebrew script
 * need, and cannot reorder a whole run of text.
 *
 * <p>Dates: from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. The oldest law an agreement can rest on and the
 * decisions, advice and policies recorded are all after 1900; a review or end date beyond 2200 is a typing mistake.
 * Without a bound, {@code +999999999-12-31} was accepted and the database driver stored it as another date
 * ({@code infinity}).
 */
public final class InputRules {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

    private static final String BUNDLE = "ValidationMessages";

    private InputRules() {
    }

    /** Why this text cannot be kept, in words for the person who typed it; null when it can. */
    public static String textProblem(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return message("input.text.broken", i + 1);
            }
            if (isBidiControl(c)) {
                return message("input.text.bidi", codePoint(c), i + 1);
            }
            if (isLineBreakOrTab(c)) {
                if (!multiLine) {
                    return message("input.text.oneLine", i + 1);
                }
            } else if (Character.getType(c) == Character.CONTROL) {
                return message(multiLine ? "input.text.control.multiLine" : "input.text.control", codePoint(c), i + 1);
            }
        }
        return null;
    }

    /** Why this date cannot be kept; null when it is within the range Concordat keeps. */
    public static String dateProblem(LocalDate date) {
        if (date == null || !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE)) {
            return null;
        }
        return message("input.date.range", EARLIEST_DATE.getYear(), LATEST_DATE.getYear());
    }

    /** The message for a date that could not be read at all (a year of ten digits, a thirteenth month). */
    public static String unreadableDate() {
        return message("input.date.unreadable", EARLIEST_DATE.getYear(), LATEST_DATE.getYear());
    }

    static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean isLineBreakOrTab(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private static String message(String key, Object... args) {
        String pattern = Messages.bundle(BUNDLE, ReaderLanguage.current()).getString(key);
        // Years and positions as plain numbers: no grouping ("1,900") in what MessageFormat writes.
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Integer n ? Integer.toString(n) : args[i];
        }
        return MessageFormat.format(pattern, plain);
    }
}
