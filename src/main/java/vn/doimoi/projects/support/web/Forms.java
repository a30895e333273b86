package vn.doimoi.projects.support.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.MessageText;
import vn.doimoi.shared.web.MoneyFormatter;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * What is left of the module's hand-written form reading (ADR 0038): part 1's controllers bind
 * form objects and flash through {@link PostRedirectGet}; these remain for the pages not yet moved.
 */
public final class Forms {

    private Forms() {}

    /**
     * "1.500.000.000", "1 500 000 000 ₫" → 1500000000; blank → null; anything else is refused (400).
     * The site's one money reading is {@link MoneyFormatter} (ADR 0038).
     */
    public static @Nullable BigDecimal money(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal amount = MoneyFormatter.amount(text);
        if (amount == null) {
            throw DomainException.invalid("task.error.money", field);
        }
        return amount;
    }

    /** Flashes a refusal as resolved text; use {@link PostRedirectGet#problem} in new code. */
    public static void problem(RedirectAttributes redirect, MessageSource messages, DomainException e) {
        redirect.addFlashAttribute("problem", message(messages, e));
    }

    public static String message(MessageSource messages, DomainException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return MessageText.of(messages, locale, e.messageKey(), e.arguments());
    }
}
