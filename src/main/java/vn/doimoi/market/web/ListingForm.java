package vn.doimoi.market.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.IpStatus;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.ServiceKind;
import vn.doimoi.market.listing.ListingContent;
import vn.doimoi.shared.text.VietnameseText;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormValues;

/** A listing's fields as typed, for the guided demand form and the offer/service form. */
public record ListingForm(
        String title,
        String summary,
        String problem,
        String advantages,
        String currentSolution,
        String requirements,
        String timeFrame,
        String trl,
        String ipStatus,
        String serviceKind,
        String priceMin,
        String priceMax,
        String region,
        String validUntil,
        boolean anonymous,
        String fieldCode,
        String fieldCodeDetail,
        Set<String> modes,
        long version) {

    static final List<String> TEXT_FIELDS = List.of(
            "title",
            "summary",
            "problem",
            "advantages",
            "currentSolution",
            "requirements",
            "timeFrame",
            "trl",
            "ipStatus",
            "serviceKind",
            "priceMin",
            "priceMax",
            "region",
            "validUntil",
            "fieldCode",
            "fieldCodeDetail");

    static ListingForm empty(LocalDate validUntil) {
        return new ListingForm(
                "", "", "", "", "", "", "", "", "", "", "", "", "", validUntil.toString(), false, "", "", Set.of(), 0);
    }

    static ListingForm of(MultiValueMap<String, String> params) {
        List<String> modes = params.getOrDefault("modes", List.of());
        long version = 0;
        try {
            version = Long.parseLong(value(params, "version").isEmpty() ? "0" : value(params, "version"));
        } catch (NumberFormatException ignored) {
            // a tampered version is a stale one
            version = -1;
        }
        return new ListingForm(
                value(params, "title"),
                value(params, "summary"),
                value(params, "problem"),
                value(params, "advantages"),
                value(params, "currentSolution"),
                value(params, "requirements"),
                value(params, "timeFrame"),
                value(params, "trl"),
                value(params, "ipStatus"),
                value(params, "serviceKind"),
                value(params, "priceMin"),
                value(params, "priceMax"),
                value(params, "region"),
                value(params, "validUntil"),
                "true".equals(value(params, "anonymous")) || "on".equals(value(params, "anonymous")),
                value(params, "fieldCode"),
                value(params, "fieldCodeDetail"),
                new LinkedHashSet<>(modes),
                version);
    }

    static ListingForm of(ListingView view) {
        String main = view.fieldCodes().isEmpty() ? "" : view.fieldCodes().get(0);
        String detail = "";
        if (main.length() > 3) {
            detail = main;
            main = main.substring(0, 3);
        }
        Set<String> modes = new LinkedHashSet<>();
        view.modes().forEach(mode -> modes.add(mode.name()));
        return new ListingForm(
                view.title(),
                view.summary(),
                nz(view.problem()),
                nz(view.advantages()),
                nz(view.currentSolution()),
                nz(view.requirements()),
                nz(view.timeFrame()),
                view.trl() == null ? "" : view.trl().toString(),
                view.ipStatus() == null ? "" : view.ipStatus().name(),
                view.serviceKind() == null ? "" : view.serviceKind().name(),
                view.priceMin() == null ? "" : view.priceMin().toPlainString(),
                view.priceMax() == null ? "" : view.priceMax().toPlainString(),
                nz(view.region()),
                view.validUntil().toString(),
                view.anonymous(),
                main,
                detail,
                modes,
                view.version());
    }

    public boolean hasMode(CooperationMode mode) {
        return modes.contains(mode.name());
    }

    /** Errors of the fields on one step of the guided demand form (0 = all steps). */
    FormErrors check(ListingKind kind, int step) {
        FormErrors errors = FormErrors.none();
        if ((step == 0 || step == 1) && title.isBlank()) {
            errors = errors.with("title", "market.form.error.required");
        }
        if ((step == 0 || step == 1) && kind == ListingKind.DEMAND && problem.isBlank()) {
            errors = errors.with("problem", "market.form.error.required");
        }
        if (step == 0 && kind != ListingKind.DEMAND && summary.isBlank()) {
            errors = errors.with("summary", "market.form.error.required");
        }
        if (step == 0 || step == 3) {
            if (!trl.isBlank() && parseTrl() == null) {
                errors = errors.with("trl", "market.form.error.trl");
            }
            if (!fieldCodeDetail.isBlank() && !fieldCodeDetail.matches("\\d{5}|\\d{7}")) {
                errors = errors.with("fieldCodeDetail", "market.form.error.fieldCodeDetail");
            } else if (!fieldCodeDetail.isBlank() && !fieldCode.isBlank() && !fieldCodeDetail.startsWith(fieldCode)) {
                errors = errors.with("fieldCodeDetail", "market.form.error.fieldCodeMismatch", fieldCode);
            }
        }
        if (step == 0 || step == 4) {
            if (!priceMin.isBlank() && money(priceMin) == null) {
                errors = errors.with("priceMin", "market.form.error.money");
            }
            if (!priceMax.isBlank() && money(priceMax) == null) {
                errors = errors.with("priceMax", "market.form.error.money");
            }
            if (money(priceMin) != null
                    && money(priceMax) != null
                    && money(priceMin).compareTo(money(priceMax)) > 0) {
                errors = errors.with("priceMax", "market.form.error.priceRange");
            }
            if (date(validUntil) == null) {
                errors = errors.with("validUntil", "market.form.error.date");
            }
        }
        if (step == 0 && kind == ListingKind.SERVICE && serviceKind.isBlank()) {
            errors = errors.with("serviceKind", "market.form.error.required");
        }
        // Only a hand-made request names a choice the form does not offer.
        if (step == 0 && !ipStatus.isBlank() && !isConstant(IpStatus.class, ipStatus)) {
            errors = errors.with("ipStatus", "error.input.choice");
        }
        if (step == 0 && !serviceKind.isBlank() && !isConstant(ServiceKind.class, serviceKind)) {
            errors = errors.with("serviceKind", "error.input.choice");
        }
        return errors;
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .anyMatch(each -> each.name().equals(name));
    }

    ListingContent toContent(ListingKind kind) {
        Set<String> codes = new LinkedHashSet<>();
        if (!fieldCodeDetail.isBlank()) {
            codes.add(fieldCodeDetail.strip());
        } else if (!fieldCode.isBlank()) {
            codes.add(fieldCode.strip());
        }
        Set<CooperationMode> chosen = new LinkedHashSet<>();
        for (String mode : modes) {
            Arrays.stream(CooperationMode.values())
                    .filter(each -> each.name().equals(mode))
                    .forEach(chosen::add);
        }
        String publicSummary = summary.isBlank() ? shorten(problem) : summary;
        return new ListingContent(
                clean(title),
                clean(publicSummary),
                blankToNull(problem),
                blankToNull(advantages),
                blankToNull(currentSolution),
                blankToNull(requirements),
                blankToNull(timeFrame),
                parseTrl(),
                FormValues.choiceOrNull(IpStatus.class, "ipStatus", ipStatus),
                kind == ListingKind.SERVICE
                        ? FormValues.choiceOrNull(ServiceKind.class, "serviceKind", serviceKind)
                        : null,
                money(priceMin),
                money(priceMax),
                blankToNull(region),
                date(validUntil),
                anonymous,
                codes,
                chosen);
    }

    private @Nullable Integer parseTrl() {
        try {
            int value = Integer.parseInt(trl.strip());
            return value >= 1 && value <= 9 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "1.500.000.000", "1 500 000 000" or "1500000000" đồng. */
    static @Nullable BigDecimal money(String text) {
        String digits = text.replace(".", "").replace(" ", "").replace("₫", "").replace("đ", "");
        if (digits.isBlank() || !digits.matches("\\d{1,18}")) {
            return null;
        }
        return new BigDecimal(digits);
    }

    static @Nullable LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        String cleaned = clean(text);
        return cleaned.length() <= 300 ? cleaned : cleaned.substring(0, 297) + "…";
    }

    private static String clean(String text) {
        return VietnameseText.clean(text == null ? "" : text);
    }

    private static @Nullable String blankToNull(String text) {
        return text == null || text.isBlank() ? null : VietnameseText.nfc(text.strip());
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    static List<String> hiddenFieldsExcept(Set<String> visible) {
        List<String> hidden = new ArrayList<>(TEXT_FIELDS);
        hidden.removeAll(visible);
        return hidden;
    }

    public String get(String field) {
        return switch (field) {
            case "title" -> title;
            case "summary" -> summary;
            case "problem" -> problem;
            case "advantages" -> advantages;
            case "currentSolution" -> currentSolution;
            case "requirements" -> requirements;
            case "timeFrame" -> timeFrame;
            case "trl" -> trl;
            case "ipStatus" -> ipStatus;
            case "serviceKind" -> serviceKind;
            case "priceMin" -> priceMin;
            case "priceMax" -> priceMax;
            case "region" -> region;
            case "validUntil" -> validUntil;
            case "fieldCode" -> fieldCode;
            case "fieldCodeDetail" -> fieldCodeDetail;
            default -> "";
        };
    }
}
