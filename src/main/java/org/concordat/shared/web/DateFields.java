package org.concordat.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.domain.FieldError;

/**
 * A date typed in three fields, day, month and year (GOV.UK's date input, the composite
 * resources/concordat/dateInput.xhtml). Read by the page, like {@link DateInput}, so that a mistyped date is reported
 * with every other problem on the form; the message names what is missing or says the date is not a real one.
 */
public final class DateFields {

    private DateFields() {
    }

    /**
     * The date, or null when all three are blank (the form's own check then says a date is needed); a part missing or
     * a date that does not exist adds an error for the field.
     *
     * @param label how the message names the date, for example "The date of the decision"
     */
    public static LocalDate parse(String day, String month, String year, String field, String label,
                                  List<FieldError> errors) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (blank(day)) {
            missing.add(Feedback.text("dateFields.day"));
        }
        if (blank(month)) {
            missing.add(Feedback.text("dateFields.month"));
        }
        if (blank(year)) {
            missing.add(Feedback.text("dateFields.year"));
        }
        if (!missing.isEmpty()) {
            errors.add(new FieldError(field, Feedback.text("dateFields.missing", label, String.join(
                    Feedback.text("dateFields.and"), missing))));
            return null;
        }
        try {
            if (!year.trim().matches("\\d{4}")) {
                errors.add(new FieldError(field, Feedback.text("dateFields.fourDigitYear", label)));
                return null;
            }
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError(field, Feedback.text("dateFields.notReal", label)));
            return null;
        }
    }

    public static String day(LocalDate date) {
        return date == null ? null : String.valueOf(date.getDayOfMonth());
    }

    public static String month(LocalDate date) {
        return date == null ? null : String.valueOf(date.getMonthValue());
    }

    public static String year(LocalDate date) {
        return date == null ? null : String.valueOf(date.getYear());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
