package vn.doimoi.ecosystem.initiatives.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.ecosystem.files.EvidenceFile;
import vn.doimoi.ecosystem.initiatives.CertificatePdf;
import vn.doimoi.ecosystem.initiatives.Initiative;
import vn.doimoi.ecosystem.initiatives.Initiatives;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * The public honour roll and certificates; an author's declarations (declare, edit, add evidence,
 * follow). Whose declaration it is, is checked in {@link Initiatives}.
 */
@Controller
class InitiativeController {

    private final Initiatives initiatives;
    private final CertificatePdf certificates;
    private final Accounts accounts;

    InitiativeController(Initiatives initiatives, CertificatePdf certificates, Accounts accounts) {
        this.initiatives = initiatives;
        this.certificates = certificates;
        this.accounts = accounts;
    }

    @GetMapping("/ecosystem/initiatives")
    String honourRoll(Model model) {
        model.addAttribute("initiatives", initiatives.honourRoll());
        return "ecosystem/initiatives/honour-roll";
    }

    @GetMapping("/ecosystem/initiatives/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("chung-nhan-sang-kien-" + id + ".pdf")
                                .build()
                                .toString())
                .body(certificates.render(id));
    }

    @GetMapping("/ecosystem/initiatives/my")
    String mine(Model model) {
        model.addAttribute("initiatives", initiatives.mine());
        return "ecosystem/initiatives/mine";
    }

    @GetMapping("/ecosystem/initiatives/new")
    String declareForm(Model model) {
        return form(model, InitiativeForm.empty(me().username()), FormErrors.none(), null);
    }

    @PostMapping("/ecosystem/initiatives/new")
    String declare(
            @ModelAttribute("form") InitiativeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return submission(form, binding)
                .run(
                        () -> PostRedirectGet.done(
                                redirect,
                                "/ecosystem/initiatives/"
                                        + initiatives.declare(
                                                form.authorName() == null ? "" : form.authorName(), form.declaration()),
                                "initiatives.declared"),
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return form(model, form, errors, null);
                        });
    }

    @GetMapping("/ecosystem/initiatives/{id}")
    String show(@PathVariable UUID id, Model model) {
        Initiative initiative = initiatives.get(id);
        model.addAttribute("initiative", initiative);
        model.addAttribute("author", initiative.authorUserId().equals(me().id().value()));
        model.addAttribute("staff", me().isStaff());
        return "ecosystem/initiatives/initiative";
    }

    @GetMapping("/ecosystem/initiatives/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        return form(model, InitiativeForm.of(mine(id)), FormErrors.none(), id);
    }

    /** Someone else's declaration is refused before its form is read (403, not the form again). */
    private Initiative mine(UUID id) {
        Initiative initiative = initiatives.get(id);
        if (!initiative.authorUserId().equals(me().id().value())) {
            throw DomainException.forbidden("initiatives.error.notYours");
        }
        return initiative;
    }

    @PostMapping("/ecosystem/initiatives/{id}/edit")
    String edit(
            @PathVariable UUID id,
            @ModelAttribute("form") InitiativeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        mine(id);
        return submission(form, binding)
                .run(
                        () -> {
                            initiatives.edit(id, form.version(), form.declaration());
                            return PostRedirectGet.done(redirect, "/ecosystem/initiatives/" + id, "initiatives.saved");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return form(model, form, errors, id);
                        });
    }

    @PostMapping("/ecosystem/initiatives/{id}/evidence")
    String addEvidence(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, "/ecosystem/initiatives/" + id, "initiatives.evidenceAdded", () -> {
            try {
                initiatives.addEvidence(
                        id,
                        file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                        file.getInputStream(),
                        file.getSize());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/ecosystem/initiatives/{id}/evidence/{index}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable int index) {
        EvidenceFile evidence = initiatives.evidence(id, index);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(evidence.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(initiatives.read(evidence));
    }

    private static FormSubmission submission(InitiativeForm form, BindingResult binding) {
        return FormSubmission.of(binding, InitiativeController::field)
                .unless(form.dateReadable(), "appliedSince", "initiatives.error.date")
                .unless(form.moneyReadable(), "economicBenefit", "initiatives.error.money")
                .unless(form.sharesReadable(), "authorShare", "initiatives.error.share");
    }

    private String form(Model model, InitiativeForm form, FormErrors errors, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("id", id);
        model.addAttribute("rows", InitiativeForm.CO_AUTHOR_ROWS);
        return "ecosystem/initiatives/form";
    }

    private CurrentUser me() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("initiatives.error.signIn"));
    }

    private static String field(DomainException refusal) {
        String key = refusal.messageKey();
        return switch (key) {
            case "initiatives.error.title" -> "title";
            case "initiatives.error.scope" -> "scope";
            case "initiatives.error.description" -> "description";
            case "initiatives.error.economicBenefit", "initiatives.error.benefit" -> "economicBenefit";
            case "initiatives.error.shares", "initiatives.error.coAuthor" -> "authorShare";
            case "initiatives.error.authorName" -> "authorName";
            default -> FormErrors.GLOBAL;
        };
    }
}
