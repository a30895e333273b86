package vn.doimoi.shared.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.Formatter;
import vn.doimoi.shared.Money;

/**
 * The site's one reading of an amount typed into a form (ADR 0038): whole đồng, written the
 * Vietnamese way ("1.234.567", "1 234 567 ₫") or as plain digits. Anything else is not money: a
 * bound field gets a {@code typeMismatch} error (shown in Vietnamese, answered 400), a field kept
 * as text asks {@link #amount(String)}.
 */
public final class MoneyFormatter implements Formatter<Money> {

    /** Up to 18 digits: a long, and more đồng than any budget the department sees. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    /** The amount in {@code text}; null when it is blank or not money. */
    public static @Nullable BigDecimal amount(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replace(".", "")
                .replace(" ", "")
                .replace("\u00a0", "")
                .replace("₫", "")
                .replace("đ", "")
                .strip();
        return DIGITS.matcher(digits).matches() ? new BigDecimal(digits) : null;
    }

    @Override
    public Money parse(String text, Locale locale) throws ParseException {
        BigDecimal amount = amount(text);
        if (amount == null) {
            throw new ParseException("Not an amount of đồng: " + FormValues.shown(text), 0);
        }
        return new Money(amount);
    }

    /** Plain digits, as a form field shows them to be typed again. */
    @Override
    public String print(Money money, Locale locale) {
        return money.amount().toPlainString();
    }
}
