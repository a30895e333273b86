package vn.doimoi.shared.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/**
 * Choices read by hand from a form ({@code @RequestParam Map}): a browser sends one of the
 * options offered, anything else was typed by someone else and is refused with 400, naming the
 * field ({@code error.badParameter}), instead of escaping as {@code Enum.valueOf}'s 500.
 */
public final class FormValues {

    private FormValues() {}

    /** The constant named by {@code value}; {@code fallback} when it is missing or blank. */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, @Nullable String value, E fallback) {
        E chosen = choiceOrNull(type, field, value);
        return chosen == null ? fallback : chosen;
    }

    /** The constant named by {@code value}; null when it is missing or blank. */
    public static <E extends Enum<E>> @Nullable E choiceOrNull(Class<E> type, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        BadInputStatus.mark();
        throw DomainException.invalid("error.badParameter", field, shown(value));
    }

    /** The id in {@code text} (a hidden field or a field name's suffix); anything else is refused. */
    public static UUID id(String field, @Nullable String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            BadInputStatus.mark();
            throw DomainException.invalid("error.badParameter", field, shown(String.valueOf(text)));
        }
    }

    /** A value as a message may repeat it: at most 40 characters, control characters shown as "?". */
    public static String shown(String value) {
        String cut = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
