package vn.doimoi.ecosystem.startups.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.FieldCode;
import vn.doimoi.ecosystem.startups.CatalogueFilter;
import vn.doimoi.ecosystem.startups.InnovatorCard;
import vn.doimoi.ecosystem.startups.InnovatorKind;
import vn.doimoi.ecosystem.startups.InnovatorProfile;
import vn.doimoi.ecosystem.startups.StartupCatalogue;
import vn.doimoi.ecosystem.startups.StartupRegister;
import vn.doimoi.ecosystem.startups.StartupStage;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * The public list of recognised startups and innovation organisations with its filters, a public
 * profile, and a member's own organisation's profile (edit, apply). Whose profile it is, is checked
 * in {@link StartupRegister}.
 */
@Controller
class StartupController {

    private final StartupRegister register;
    private final StartupCatalogue catalogue;
    private final Directory directory;

    StartupController(StartupRegister register, StartupCatalogue catalogue, Directory directory) {
        this.register = register;
        this.catalogue = catalogue;
        this.directory = directory;
    }

    @GetMapping("/ecosystem/startups")
    String list(
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable String commune,
            Model model) {
        CatalogueFilter filter = new CatalogueFilter(
                ProfileForm.parse(InnovatorKind.class, kind),
                ProfileForm.parse(StartupStage.class, stage),
                field == null || !field.strip().matches("\\d{1,7}") ? null : field.strip(),
                commune == null || !commune.strip().matches("\\d{1,5}") ? null : commune.strip());
        List<InnovatorCard> all = catalogue.all();
        model.addAttribute("cards", all.stream().filter(filter::keeps).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("communes", catalogue.communes(all));
        model.addAttribute("fields", fieldsOf(all));
        return "ecosystem/startups/list";
    }

    @GetMapping("/ecosystem/startups/{id}")
    String show(@PathVariable UUID id, Model model) {
        InnovatorProfile profile = register.get(id);
        model.addAttribute("card", catalogue.card(profile));
        model.addAttribute("fieldNames", fieldNames(profile));
        return "ecosystem/startups/profile";
    }

    @GetMapping("/ecosystem/startups/my")
    String mine(Model model) {
        Optional<InnovatorProfile> profile = register.mine();
        return form(model, profile.map(ProfileForm::of).orElseGet(ProfileForm::empty), FormErrors.none(), profile);
    }

    @PostMapping("/ecosystem/startups/my")
    String save(
            @ModelAttribute("form") ProfileForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Optional<InnovatorProfile> profile = register.mine();
        return FormSubmission.of(binding, StartupController::fieldOf)
                .unless(form.numbersReadable(), "teamSize", "startups.error.number")
                .unless(form.roundsReadable(), "rounds", "startups.error.round")
                .run(
                        () -> {
                            register.saveMine(form.version(), form.facts());
                            return PostRedirectGet.done(redirect, "/ecosystem/startups/my", "startups.saved");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return form(model, form, errors, profile);
                        });
    }

    @PostMapping("/ecosystem/startups/my/apply")
    String apply(@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, "/ecosystem/startups/my", "startups.applied", () -> {
            InnovatorProfile profile =
                    register.mine().orElseThrow(() -> DomainException.invalid("startups.error.noProfile"));
            register.apply(profile.id(), version);
        });
    }

    private String form(Model model, ProfileForm form, FormErrors errors, Optional<InnovatorProfile> profile) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("profile", profile.orElse(null));
        model.addAttribute("organisation", register.myOrganisationSummary());
        model.addAttribute("fieldChoices", fieldChoices());
        model.addAttribute("rows", ProfileForm.ROUND_ROWS);
        return "ecosystem/startups/mine";
    }

    /** Fields and sectors (codes of one and three digits) of the S&T classification, for choosing. */
    private List<FieldCode> fieldChoices() {
        return directory.fieldCodes().stream()
                .filter(code -> code.code().length() <= 3)
                .toList();
    }

    private List<FieldCode> fieldsOf(List<InnovatorCard> cards) {
        return cards.stream()
                .flatMap(card -> card.profile().fieldCodes().stream())
                .distinct()
                .sorted()
                .map(code -> directory.fieldCode(code).orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private List<String> fieldNames(InnovatorProfile profile) {
        return profile.fieldCodes().stream()
                .sorted()
                .map(code -> directory
                        .fieldCode(code)
                        .map(f -> f.label(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                                .getLanguage()))
                        .orElse(code))
                .toList();
    }

    private static String fieldOf(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "startups.error.kind" -> "kind";
            case "startups.error.stage" -> "stage";
            case "startups.error.foundedYear", "startups.error.recognisedFacts" -> "foundedYear";
            case "startups.error.teamSize" -> "teamSize";
            case "startups.error.team" -> "team";
            case "startups.error.product" -> "product";
            case "startups.error.productDescription" -> "productDescription";
            case "startups.error.fields", "startups.error.fieldCode" -> "fieldCodes";
            case "startups.error.rounds", "startups.error.round" -> "rounds";
            default -> FormErrors.GLOBAL;
        };
    }
}
