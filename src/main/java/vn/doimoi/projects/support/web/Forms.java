package vn.doimoi.projects.support.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormValues;
import vn.doimoi.shared.web.MoneyFormatter;

/** Parsing of the module's hand-written forms: Vietnamese money, dates, ids and spec lines. */
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

    public static BigDecimal moneyOrZero(@Nullable String text, String field) {
        BigDecimal value = money(text, field);
        return value == null ? BigDecimal.ZERO : value;
    }

    public static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("task.error.date");
        }
    }

    public static int integer(@Nullable String text, int fallback) {
        try {
            return text == null || text.isBlank() ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("task.error.number");
        }
    }

    public static @Nullable UUID id(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("task.error.id");
        }
    }

    public static List<UUID> ids(@Nullable List<String> texts) {
        List<UUID> ids = new ArrayList<>();
        if (texts != null) {
            for (String text : texts) {
                UUID id = id(text);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** One spec a line: "indicator | unit | required value". */
    public static List<ProductSpec> specs(@Nullable String text) {
        List<ProductSpec> specs = new ArrayList<>();
        if (text == null) {
            return specs;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3) {
                throw DomainException.invalid("call.error.specFormat", line.strip());
            }
            specs.add(new ProductSpec(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        return specs;
    }

    public static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null ? "" : value.strip();
    }

    /**
     * The form-post/redirect step every STAFF or member action shares: runs the action, flashes
     * the notice or the refusal's message, and redirects to the page; a missing record stays a 404.
     */
    public static String act(
            RedirectAttributes redirect, MessageSource messages, String notice, String target, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            problem(redirect, messages, e);
        }
        return "redirect:" + target;
    }

    /** The roles chosen in the expert finder ("role-{personId}" = role). */
    public static Map<UUID, CouncilRole> seats(Map<String, String> params) {
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("role-") && !value.isBlank()) {
                seats.put(
                        FormValues.id(key, key.substring(5)),
                        FormValues.choice(CouncilRole.class, key, value, CouncilRole.MEMBER));
            }
        });
        return seats;
    }

    /** The members ticked present ("present-{personId}"). */
    public static Set<UUID> present(Map<String, String> params) {
        Set<UUID> present = new HashSet<>();
        params.forEach((key, value) -> {
            if (key.startsWith("present-")) {
                present.add(FormValues.id(key, key.substring(8)));
            }
        });
        return present;
    }

    /** A score sheet's marks ("score-{criterion}"), every criterion of the rule set required. */
    public static Map<String, Integer> scores(Map<String, String> params, RuleSet rules) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (RuleSet.Criterion criterion : rules.scoring().criteria()) {
            String value = params.get("score-" + criterion.code());
            if (value == null || value.isBlank()) {
                throw DomainException.invalid("scoring.error.missing");
            }
            scores.put(criterion.code(), integer(value, 0));
        }
        return scores;
    }

    public static void problem(RedirectAttributes redirect, MessageSource messages, DomainException e) {
        redirect.addFlashAttribute("problem", message(messages, e));
    }

    public static String message(MessageSource messages, DomainException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }
}
