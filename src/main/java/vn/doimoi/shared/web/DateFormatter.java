package vn.doimoi.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.Formatter;

/**
 * The site's one reading of a date typed into a form (ADR 0038): ISO {@code yyyy-MM-dd}, as
 * {@code <input type=date>} sends it, or {@code dd/MM/yyyy}, as people write it. Anything else,
 * or a day that does not exist (31/02/2026), is not a date: a {@code typeMismatch} error.
 */
public final class DateFormatter implements Formatter<LocalDate> {

    private static final DateTimeFormatter VIETNAMESE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The date in {@code text}; null when it is blank or not a date. */
    public static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        try {
            return trimmed.contains("/") ? LocalDate.parse(trimmed, VIETNAMESE) : LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        LocalDate date = date(text);
        if (date == null) {
            throw new ParseException("Not a date: " + FormValues.shown(text), 0);
        }
        return date;
    }

    /** ISO, the value {@code <input type=date>} shows. */
    @Override
    public String print(LocalDate date, Locale locale) {
        return date.toString();
    }
}
