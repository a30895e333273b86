package vn.doimoi.traceability.catalogue;

import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/** Free text from a form: trimmed, bounded, refused in Vietnamese when required and missing. */
public final class Texts {

    private Texts() {}

    public static String required(@Nullable String value, int max, String messageKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw DomainException.invalid(messageKey, max);
        }
        return text;
    }

    public static @Nullable String optional(@Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw DomainException.invalid("traceability.error.tooLong", max);
        }
        return text.isEmpty() ? null : text;
    }
}
