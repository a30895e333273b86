package vn.doimoi.ecosystem.vouchers;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/** Text a person typed, stored in NFC and within its column's length. */
final class Texts {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {}

    /** An amount as a refusal's argument: "1.234.567 ₫". */
    static String money(java.math.BigDecimal amount) {
        return new vn.doimoi.shared.Money(amount.max(java.math.BigDecimal.ZERO)).toString();
    }

    /** A day as a refusal's argument: dd/MM/yyyy. */
    static String day(java.time.LocalDate day) {
        return DAY.format(day);
    }

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
