package vn.doimoi.projects.support.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.execution.TaskFiles;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.MoneyFormatter;

/** Small helpers shared by this module's controllers. */
public final class Web {

    private Web() {}

    public static CurrentUser actor(Accounts accounts) {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("error.401.detail"));
    }

    /** Runs an action; on a broken rule the page shows its message instead of the notice. */
    public static String act(RedirectAttributes redirect, String target, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            if (e.isNotFound() || e.kind() == DomainException.Kind.SIGN_IN_NEEDED) {
                throw e;
            }
            redirect.addFlashAttribute("problemKey", e.messageKey());
            redirect.addFlashAttribute("problemArgs", e.arguments());
        }
        return "redirect:" + target;
    }

    /**
     * Whole đồng typed the Vietnamese way ("1.850.000.000") or plain; null when empty. Read by the
     * site's one money reading ({@link MoneyFormatter}, ADR 0038): anything else is the sender's
     * input error, 400 as in part 1's forms (it answered 422 before).
     */
    public static @Nullable BigDecimal money(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal amount = MoneyFormatter.amount(text);
        if (amount == null) {
            throw DomainException.invalid("execution.error.money", text);
        }
        return amount;
    }

    public static LocalDate date(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw DomainException.refused("execution.error.dateRequired", field);
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.refused("execution.error.date", text);
        }
    }

    public static int integer(@Nullable String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw DomainException.refused("execution.error.number", text);
        }
    }

    public static List<TaskFiles.Upload> uploads(@Nullable List<MultipartFile> files) {
        List<TaskFiles.Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (file == null || file.isEmpty()) {
                continue;
            }
            try {
                uploads.add(new TaskFiles.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return uploads;
    }

    /** A grade chosen in a form: Xuất sắc, Đạt or Không đạt. */
    public static vn.doimoi.projects.acceptance.Grade grade(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.refused("acceptance.error.everyProduct");
        }
        try {
            return vn.doimoi.projects.acceptance.Grade.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.refused("acceptance.error.everyProduct");
        }
    }

    /** Each ordered product's three grades from fields named {@code <criterion>-<productId><suffix>}. */
    public static java.util.Map<java.util.UUID, vn.doimoi.projects.rules.AcceptanceRule.ProductGrades> productGrades(
            java.util.List<vn.doimoi.projects.execution.ExecutionViews.ProductView> products,
            java.util.Map<String, String> params,
            String suffix) {
        java.util.Map<java.util.UUID, vn.doimoi.projects.rules.AcceptanceRule.ProductGrades> grades =
                new java.util.LinkedHashMap<>();
        for (var product : products) {
            String p = product.id().toString();
            grades.put(
                    product.id(),
                    new vn.doimoi.projects.rules.AcceptanceRule.ProductGrades(
                            grade(params.get("quantity-" + p + suffix)),
                            grade(params.get("volume-" + p + suffix)),
                            grade(params.get("quality-" + p + suffix))));
        }
        return grades;
    }
}
