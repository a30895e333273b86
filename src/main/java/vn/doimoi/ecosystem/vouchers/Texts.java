package vn.doimoi.ecosystem.vouchers;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/** Text a person typed, stored in NFC and within its column's length. */
final class Texts {

    private Texts() {}

    static String required(@Nullable String text, int max, String messageKey) {
        String value = optional(text, max, messageKey);
        if (value == null) {
            throw DomainException.invalid(messageKey);
        }
        return value;
    }

    static @Nullable String optional(@Nullable String text, int max) {
        return optional(text, max, "vouchers.error.tooLong");
    }

    private static @Nullable String optional(@Nullable String text, int max, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (value.length() > max) {
            throw DomainException.invalid(messageKey);
        }
        return value;
    }
}
