package vn.doimoi.ecosystem.awards.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import vn.doimoi.ecosystem.awards.AwardPages;
import vn.doimoi.ecosystem.awards.AwardRound;
import vn.doimoi.ecosystem.awards.AwardRounds;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * STAFF's work on awards: open a round, screen its nominations, open its council (the council's own
 * page seats and runs it) and record the decision.
 */
@Controller
class StaffAwardController {

    private final AwardRounds rounds;

    StaffAwardController(AwardRounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping("/staff/ecosystem/awards")
    String list(Model model) {
        var rule = rounds.ruleInForce();
        return page(
                model,
                RoundForm.empty(
                        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear(),
                        rule.values().categories().stream().map(c -> c.code()).toList()),
                FormErrors.none());
    }

    @PostMapping("/staff/ecosystem/awards")
    String open(
            @ModelAttribute("form") RoundForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormSubmission.of(binding, StaffAwardController::field)
                .unless(form.yearReadable(), "year", "awards.error.year")
                .unless(form.opensReadable(), "opensOn", "awards.error.date")
                .unless(form.closesReadable(), "closesOn", "awards.error.date")
                .run(
                        () -> PostRedirectGet.done(
                                redirect, AwardPages.staffRound(rounds.open(form.round())), "awards.roundOpened"),
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return page(model, form, errors);
                        });
    }

    @GetMapping("/staff/ecosystem/awards/{id}")
    String round(@PathVariable UUID id, Model model) {
        AwardRound round = rounds.get(id);
        model.addAttribute("round", round);
        model.addAttribute("categories", rounds.categories(round));
        model.addAttribute("nominations", rounds.nominations(id));
        model.addAttribute("ties", rounds.pendingTies(id));
        model.addAttribute("tieBreaks", rounds.tieBreaks(id));
        return "ecosystem/awards/staff-round";
    }

    @PostMapping("/staff/ecosystem/awards/nominations/{id}/accept")
    String accept(
            @PathVariable UUID id,
            @RequestParam UUID round,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect, AwardPages.staffRound(round), "awards.accepted", () -> rounds.accept(id, version));
    }

    @PostMapping("/staff/ecosystem/awards/nominations/{id}/reject")
    String reject(
            @PathVariable UUID id,
            @RequestParam UUID round,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect, AwardPages.staffRound(round), "awards.rejected", () -> rounds.reject(id, version, note));
    }

    @PostMapping("/staff/ecosystem/awards/{id}/council")
    String council(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String decisionNumber,
            RedirectAttributes redirect) {
        UUID[] council = new UUID[1];
        String back = PostRedirectGet.act(
                redirect,
                AwardPages.staffRound(id),
                "awards.councilOpened",
                () -> council[0] = rounds.sendToCouncil(id, version, decisionNumber));
        return council[0] == null ? back : PostRedirectGet.redirect(ReviewCouncils.page(council[0]));
    }

    @PostMapping("/staff/ecosystem/awards/{id}/decide")
    String decide(
            @PathVariable UUID id,
            @ModelAttribute AwardDecisionForm form,
            @RequestParam(name = "tieChoice", required = false) @Nullable List<String> tieChoice,
            RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, AwardPages.staffRound(id), "awards.decided", () -> {
            LocalDate day = form.day();
            if (day == null) {
                throw DomainException.invalid("awards.error.date");
            }
            rounds.decide(id, form.version(), form.decision(day), AwardDecisionForm.choice(tieChoice));
        });
    }

    private String page(Model model, RoundForm form, FormErrors errors) {
        model.addAttribute("rounds", rounds.all());
        model.addAttribute("rule", rounds.ruleInForce());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "ecosystem/awards/staff";
    }

    private static String field(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "awards.error.title" -> "title";
            case "awards.error.year" -> "year";
            case "awards.error.dates" -> "closesOn";
            case "awards.error.noCategory", "awards.error.category" -> "categories";
            default -> FormErrors.GLOBAL;
        };
    }
}
