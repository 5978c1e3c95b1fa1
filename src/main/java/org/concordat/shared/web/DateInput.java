package org.concordat.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InputRules;
import org.concordat.shared.domain.Messages;

/**
 * Dates typed as day/month/year (1/4/2026 or 01/04/2026). Parsed by the page itself rather than by a Faces
 * converter, so that a mistyped date is reported together with every other problem on the form, not alone.
 */
public final class DateInput {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateInput() {
    }

    /**
     * The date, or null when blank; a date that does not exist, or lies outside the years Concordat keeps
     * ({@link InputRules#dateProblem}: 31/12/999999999 is a real date to Java, not to a partnership), adds an error
     * for the field.
     */
    public static LocalDate parse(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim(), DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, Messages.text("shared.DateInput.enterARealDateAs")));
            return null;
        }
        String problem = InputRules.dateProblem(date);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
            return null;
        }
        return date;
    }

    public static String format(LocalDate date) {
        return date == null ? null : DAY_MONTH_YEAR.format(date);
    }
}
