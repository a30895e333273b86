package vn.doimoi.ecosystem.awards.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import vn.doimoi.ecosystem.awards.AwardCertificatePdf;
import vn.doimoi.ecosystem.awards.AwardPages;
import vn.doimoi.ecosystem.awards.AwardRound;
import vn.doimoi.ecosystem.awards.AwardRounds;
import vn.doimoi.ecosystem.awards.Nomination;
import vn.doimoi.ecosystem.awards.Nominations;
import vn.doimoi.ecosystem.files.EvidenceFile;
import vn.doimoi.identity.Accounts;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * The public rounds, honour rolls and certificates; a member's nominations (nominate, add files,
 * follow). Whose nomination it is, is checked in {@link Nominations}.
 */
@Controller
class AwardController {

    private final AwardRounds rounds;
    private final Nominations nominations;
    private final AwardCertificatePdf certificates;
    private final Accounts accounts;

    AwardController(AwardRounds rounds, Nominations nominations, AwardCertificatePdf certificates, Accounts accounts) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.certificates = certificates;
        this.accounts = accounts;
    }

    @GetMapping("/ecosystem/awards")
    String rounds(Model model) {
        model.addAttribute("rounds", rounds.all());
        return "ecosystem/awards/rounds";
    }

    @GetMapping("/ecosystem/awards/{id}")
    String round(@PathVariable UUID id, Model model) {
        AwardRound round = rounds.get(id);
        model.addAttribute("round", round);
        model.addAttribute("categories", rounds.categories(round));
        model.addAttribute("honourRoll", rounds.honourRoll(id));
        model.addAttribute("tieBreaks", rounds.tieBreaks(id));
        return "ecosystem/awards/round";
    }

    @GetMapping("/ecosystem/awards/nominations/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("chung-nhan-giai-thuong-" + id + ".pdf")
                                .build()
                                .toString())
                .body(certificates.render(id));
    }

    @GetMapping("/ecosystem/awards/my")
    String mine(Model model) {
        model.addAttribute("nominations", nominations.mine());
        return "ecosystem/awards/mine";
    }

    @GetMapping("/ecosystem/awards/{id}/nominate")
    String nominateForm(@PathVariable UUID id, Model model) {
        return form(model, rounds.get(id), NominationForm.empty(), FormErrors.none());
    }

    @PostMapping("/ecosystem/awards/{id}/nominate")
    String nominate(
            @PathVariable UUID id,
            @ModelAttribute("form") NominationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        AwardRound round = rounds.get(id);
        return FormSubmission.of(binding, AwardController::field)
                .unless(form.kindReadable(), "nomineeKind", "awards.error.nomineeKind")
                .run(
                        () -> PostRedirectGet.done(
                                redirect,
                                AwardPages.nomination(nominations.nominate(id, form.nomination())),
                                "awards.nominated"),
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return form(model, round, form, errors);
                        });
    }

    @GetMapping("/ecosystem/awards/nominations/{id}")
    String nomination(@PathVariable UUID id, Model model) {
        Nomination nomination = nominations.get(id);
        AwardRound round = rounds.get(nomination.roundId());
        var me = accounts.current().orElseThrow(() -> DomainException.signInNeeded("awards.error.signIn"));
        model.addAttribute("nomination", nomination);
        model.addAttribute("round", round);
        model.addAttribute("categories", rounds.categories(round));
        model.addAttribute("nominator", nomination.nominatedBy().equals(me.id().value()));
        model.addAttribute("staff", me.isStaff());
        return "ecosystem/awards/nomination";
    }

    @PostMapping("/ecosystem/awards/nominations/{id}/files")
    String addFile(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, AwardPages.nomination(id), "awards.fileAdded", () -> {
            try {
                nominations.addFile(
                        id,
                        file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                        file.getInputStream(),
                        file.getSize());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/ecosystem/awards/nominations/{id}/files/{index}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable int index) {
        EvidenceFile file = nominations.file(id, index);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(nominations.read(file));
    }

    private String form(Model model, AwardRound round, NominationForm form, FormErrors errors) {
        model.addAttribute("round", round);
        model.addAttribute("categories", rounds.categories(round));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "ecosystem/awards/nominate";
    }

    private static String field(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "awards.error.category" -> "category";
            case "awards.error.nomineeKind" -> "nomineeKind";
            case "awards.error.nominee" -> "personName";
            case "awards.error.achievement" -> "achievement";
            case "awards.error.summary" -> "summary";
            default -> FormErrors.GLOBAL;
        };
    }
}
