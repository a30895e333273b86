package vn.doimoi.rules.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.rules.RuleBook;
import vn.doimoi.rules.RuleKind;
import vn.doimoi.rules.book.DraftEdit;
import vn.doimoi.rules.book.RuleDrafts;
import vn.doimoi.rules.book.RuleRow;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseText;
import vn.doimoi.shared.web.DomainStatus;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * The rule pages of the Department (issue 19, ADR 0051): every kind with its versions; a version
 * value by value with its source; a draft made from it, edited, published from a date.
 */
@Controller
class RuleController {

    private final RuleBook book;
    private final RuleDrafts drafts;
    private final RuleViews views;
    private final Accounts accounts;
    private final Clock clock;
    private final MessageSource messages;

    RuleController(
            RuleBook book, RuleDrafts drafts, RuleViews views, Accounts accounts, Clock clock, MessageSource messages) {
        this.book = book;
        this.drafts = drafts;
        this.views = views;
        this.accounts = accounts;
        this.clock = clock;
        this.messages = messages;
    }

    /** A new draft's code. */
    record NewDraftForm(@Nullable String code) {}

    /** One value as the editor posts it. */
    record ValueForm(
            @Nullable String path,
            @Nullable String value,
            @Nullable String source,
            @Nullable Boolean unverified) {}

    /** The draft as the editor posts it; {@code rowVersion} is the version the editor read. */
    record DraftForm(
            @Nullable String title,
            @Nullable String citation,
            @Nullable UUID documentId,
            @Nullable String url,
            @Nullable Long rowVersion,
            @Nullable List<ValueForm> values) {}

    /** The day a draft comes into force. */
    record PublishForm(
            @Nullable LocalDate validFrom, @Nullable Long rowVersion) {}

    /**
     * The draft form's values are record rows: built from the constructor only, so a row numbered out
     * of order or a property path never grows a list (ADR 0038).
     */
    @InitBinder("form")
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping("/staff/rules")
    String kinds(Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute(
                "kinds",
                book.kinds().stream()
                        .map(kind -> new RuleViews.KindView(
                                kind.code(),
                                views.kindName(kind, locale),
                                drafts.versions(kind.code()).stream()
                                        .map(row -> views.row(row, today))
                                        .toList()))
                        .toList());
        return "rules/kinds";
    }

    @GetMapping("/staff/rules/{kind}/{code}")
    String version(
            @PathVariable String kind,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String basisNumber,
            Model model,
            Locale locale) {
        return versionPage(kind, code, basisNumber, model, locale);
    }

    /** The library document that holds the basis, picked on the version page; none to unlink. */
    record BasisDocumentForm(
            @Nullable UUID documentId, @Nullable Long rowVersion) {}

    @PostMapping("/staff/rules/{kind}/{code}/basis-document")
    String basisDocument(
            @PathVariable String kind,
            @PathVariable String code,
            @ModelAttribute("basisForm") BasisDocumentForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            if (binding.hasErrors()) {
                throw DomainException.invalid("rules.error.basisDocument");
            }
            drafts.setBasisDocument(
                    actor(), kind, code, form.documentId(), form.rowVersion() == null ? -1 : form.rowVersion());
        } catch (DomainException e) {
            if (e.isNotFound()
                    || e.kind() == DomainException.Kind.FORBIDDEN
                    || e.kind() == DomainException.Kind.SIGN_IN_NEEDED) {
                throw e;
            }
            response.setStatus(DomainStatus.of(e));
            model.addAttribute("basisProblem", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return versionPage(kind, code, null, model, locale);
        }
        return PostRedirectGet.done(redirect, link(kind, code), "rules.basisDocument.saved");
    }

    /**
     * The legal basis of a version, for the pages that cite it (task pages, minutes): the library
     * document's public page when one holds it; otherwise a short page with the citation and its address.
     */
    @GetMapping("/rules/{kind}/{code}/basis")
    String basis(@PathVariable String kind, @PathVariable String code, Model model) {
        book.requireKind(kind);
        RuleRow row = drafts.row(kind, code);
        if (row.isDraft()) {
            throw DomainException.notFound("rules.error.unknownVersion", code);
        }
        var document = drafts.basisDocument(row.file().basis());
        if (document.isPresent()) {
            return PostRedirectGet.redirect(document.get().url());
        }
        model.addAttribute("title", row.file().title());
        model.addAttribute("basis", row.file().basis());
        return "rules/basis";
    }

    private String versionPage(String kind, String code, @Nullable String basisNumber, Model model, Locale locale) {
        RuleKind<?> type = book.requireKind(kind);
        RuleRow row = drafts.row(kind, code);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("kind", kind);
        model.addAttribute("kindName", views.kindName(type, locale));
        model.addAttribute("version", row);
        model.addAttribute("summary", views.row(row, today));
        model.addAttribute("values", views.values(row, locale));
        model.addAttribute("today", today);
        model.addAttribute(
                "basisDocument", drafts.basisDocument(row.file().basis()).orElse(null));
        model.addAttribute("basisNumber", basisNumber == null ? "" : basisNumber);
        model.addAttribute(
                "candidates",
                basisNumber == null || basisNumber.isBlank()
                        ? List.of()
                        : drafts.documentsNumbered(VietnameseText.nfc(basisNumber)));
        return "rules/version";
    }

    @PostMapping("/staff/rules/{kind}/{code}/drafts")
    String draft(
            @PathVariable String kind,
            @PathVariable String code,
            @ModelAttribute NewDraftForm form,
            RedirectAttributes redirect) {
        String newCode = form.code() == null ? "" : form.code().strip();
        try {
            drafts.draftFrom(actor(), kind, code, newCode);
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            PostRedirectGet.problem(redirect, e);
            return PostRedirectGet.redirect(link(kind, code));
        }
        return PostRedirectGet.done(redirect, link(kind, newCode), "rules.drafted");
    }

    @PostMapping("/staff/rules/{kind}/{code}")
    String edit(
            @PathVariable String kind,
            @PathVariable String code,
            @ModelAttribute("form") DraftForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            PostRedirectGet.problem(redirect, "rules.error.form");
            return PostRedirectGet.redirect(link(kind, code));
        }
        return PostRedirectGet.act(redirect, link(kind, code), "rules.saved", () -> {
            Map<String, String> values = new HashMap<>();
            Map<String, String> sources = new HashMap<>();
            Set<String> unverified = new HashSet<>();
            for (ValueForm value : form.values() == null ? List.<ValueForm>of() : form.values()) {
                if (value == null || value.path() == null) {
                    continue;
                }
                values.put(value.path(), value.value() == null ? "" : value.value());
                sources.put(value.path(), value.source() == null ? "" : value.source());
                if (Boolean.TRUE.equals(value.unverified())) {
                    unverified.add(value.path());
                }
            }
            drafts.edit(
                    actor(),
                    kind,
                    code,
                    new DraftEdit(
                            text(form.title()),
                            text(form.citation()),
                            form.documentId(),
                            form.url(),
                            values,
                            sources,
                            unverified),
                    form.rowVersion() == null ? -1 : form.rowVersion());
        });
    }

    @PostMapping("/staff/rules/{kind}/{code}/publish")
    String publish(
            @PathVariable String kind,
            @PathVariable String code,
            @ModelAttribute PublishForm form,
            RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, link(kind, code), "rules.published", () -> {
            if (form.validFrom() == null) {
                throw DomainException.invalid("rules.error.validFrom");
            }
            drafts.publish(actor(), kind, code, form.validFrom(), form.rowVersion() == null ? -1 : form.rowVersion());
        });
    }

    @PostMapping("/staff/rules/{kind}/{code}/delete")
    String delete(@PathVariable String kind, @PathVariable String code, RedirectAttributes redirect) {
        try {
            drafts.deleteDraft(actor(), kind, code);
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            PostRedirectGet.problem(redirect, e);
            return PostRedirectGet.redirect(link(kind, code));
        }
        return PostRedirectGet.done(redirect, "/staff/rules#" + kind, "rules.deleted");
    }

    private static String link(String kind, String code) {
        return "/staff/rules/" + UriUtils.encodePathSegment(kind, java.nio.charset.StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("rules.error.staffOnly"));
    }
}
