package vn.doimoi.market.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.IpStatus;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.ServiceKind;
import vn.doimoi.market.listing.ListingContent;
import vn.doimoi.shared.text.VietnameseText;
import vn.doimoi.shared.web.DateFormatter;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormValues;
import vn.doimoi.shared.web.MoneyFormatter;

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
        Boolean anonymous,
        String fieldCode,
        String fieldCodeDetail,
        Set<String> modes,
        Long version) {

    /** Bound from the posted fields (ADR 0038); a field the step did not send is empty, not null. */
    public ListingForm {
        title = nz(title);
        summary = nz(summary);
        problem = nz(problem);
        advantages = nz(advantages);
        currentSolution = nz(currentSolution);
        requirements = nz(requirements);
        timeFrame = nz(timeFrame);
        trl = nz(trl);
        ipStatus = nz(ipStatus);
        serviceKind = nz(serviceKind);
        priceMin = nz(priceMin);
        priceMax = nz(priceMax);
        region = nz(region);
        validUntil = nz(validUntil);
        fieldCode = nz(fieldCode);
        fieldCodeDetail = nz(fieldCodeDetail);
        modes = modes == null ? Set.of() : new LinkedHashSet<>(modes);
        // an unticked box and a new listing send nothing: Spring binds null where a primitive cannot be
        anonymous = anonymous != null && anonymous;
        version = version == null ? 0 : version;
    }

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
                "", "", "", "", "", "", "", "", "", "", "", "", "", validUntil.toString(), false, "", "", Set.of(), 0L);
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

    /** Whether the owner's name is withheld (never null once bound). */
    public boolean isAnonymous() {
        return anonymous;
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

    /** The site's one money reading ({@link MoneyFormatter}): the prices stay text to be shown again. */
    static @Nullable BigDecimal money(String text) {
        return MoneyFormatter.amount(text);
    }

    static @Nullable LocalDate date(String text) {
        return DateFormatter.date(text);
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
