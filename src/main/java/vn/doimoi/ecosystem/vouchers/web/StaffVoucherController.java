package vn.doimoi.ecosystem.vouchers.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
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
import vn.doimoi.ecosystem.vouchers.ApplicationView;
import vn.doimoi.ecosystem.vouchers.Applications;
import vn.doimoi.ecosystem.vouchers.ProgrammeKind;
import vn.doimoi.ecosystem.vouchers.ProgrammeReviews;
import vn.doimoi.ecosystem.vouchers.Redemptions;
import vn.doimoi.ecosystem.vouchers.SupportProgrammes;
import vn.doimoi.ecosystem.vouchers.VoucherLedger;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * The Department's desk: programmes (write, publish, close, send their applications to a review
 * council), applications (grant what the council passed or refuse with a reason, agreement,
 * payment, closure), vouchers (cancel) and the providers to pay.
 */
@Controller
class StaffVoucherController {

    private static final String DESK = "/staff/ecosystem/vouchers";

    private final SupportProgrammes programmes;
    private final Applications applications;
    private final VoucherLedger ledger;
    private final Redemptions redemptions;
    private final ProgrammeReviews reviews;
    private final VoucherActors actors;
    private final Clock clock;

    StaffVoucherController(
            SupportProgrammes programmes,
            Applications applications,
            VoucherLedger ledger,
            Redemptions redemptions,
            ProgrammeReviews reviews,
            VoucherActors actors,
            Clock clock) {
        this.programmes = programmes;
        this.applications = applications;
        this.ledger = ledger;
        this.redemptions = redemptions;
        this.reviews = reviews;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping(DESK)
    String desk(Model model) {
        CurrentUser actor = actors.actor();
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("applications", applications.forStaff(actor));
        model.addAttribute("toPay", redemptions.toPay(actor));
        model.addAttribute("vouchers", ledger.all(actor));
        model.addAttribute("awaitingCouncil", reviews.awaitingCouncil());
        model.addAttribute("openCouncils", reviews.openCouncils());
        model.addAttribute("today", LocalDate.now(clock));
        return "ecosystem/vouchers/staff";
    }

    @GetMapping(DESK + "/programmes/new")
    String newProgramme(Model model) {
        actors.actor();
        return programmeForm(model, ProgrammeForm.empty(LocalDate.now(clock)), FormErrors.none());
    }

    @PostMapping(DESK + "/programmes/new")
    String create(
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = actors.actor();
        return FormSubmission.of(binding, StaffVoucherController::programmeField)
                .unless(form.hasTypes(), "types", "vouchers.error.types")
                .run(
                        () -> {
                            programmes.create(actor, form.data());
                            return PostRedirectGet.done(redirect, DESK, "vouchers.programme.created");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return programmeForm(model, form, errors);
                        });
    }

    @PostMapping(DESK + "/programmes/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        CurrentUser actor = actors.actor();
        return PostRedirectGet.act(redirect, DESK, "vouchers.programme.published", () -> programmes.publish(actor, id));
    }

    @PostMapping(DESK + "/programmes/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        CurrentUser actor = actors.actor();
        return PostRedirectGet.act(redirect, DESK, "vouchers.programme.closed", () -> programmes.close(actor, id));
    }

    /** STAFF send the programme's applications not yet reviewed to a council, then seat it on its page. */
    @PostMapping(DESK + "/programmes/{id}/council")
    String council(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String decisionNumber,
            RedirectAttributes redirect) {
        CurrentUser actor = actors.actor();
        UUID[] council = new UUID[1];
        String back = PostRedirectGet.act(
                redirect,
                DESK,
                "vouchers.review.opened",
                () -> council[0] = reviews.sendToCouncil(actor, id, decisionNumber));
        return council[0] == null ? back : PostRedirectGet.redirect(ReviewCouncils.page(council[0]));
    }

    @GetMapping(DESK + "/applications/{id}")
    String application(@PathVariable UUID id, Model model) {
        CurrentUser actor = actors.actor();
        ApplicationView application = applications.view(actor, id);
        model.addAttribute("application", application);
        model.addAttribute("programme", programmes.find(application.programmeId()));
        model.addAttribute(
                "voucher",
                application.kind() == ProgrammeKind.VOUCHER && application.grantedAmount() != null
                        ? ledger.ofApplication(id)
                        : null);
        model.addAttribute("today", LocalDate.now(clock));
        return "ecosystem/vouchers/staff-application";
    }

    @PostMapping(DESK + "/applications/{id}/grant")
    String grant(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        return onApplication(
                id,
                redirect,
                "vouchers.application.grantDone",
                actor -> applications.grant(
                        actor, id, VoucherActors.version(version), VoucherActors.money(amount), note));
    }

    @PostMapping(DESK + "/applications/{id}/refuse")
    String refuse(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return onApplication(
                id,
                redirect,
                "vouchers.application.refuseDone",
                actor -> applications.refuse(actor, id, VoucherActors.version(version), Objects.toString(reason, "")));
    }

    @PostMapping(DESK + "/applications/{id}/agreement")
    String agreement(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String number,
            @RequestParam(required = false) @Nullable String signedOn,
            RedirectAttributes redirect) {
        return onApplication(
                id,
                redirect,
                "vouchers.application.agreed",
                actor -> applications.agree(
                        actor,
                        id,
                        VoucherActors.version(version),
                        Objects.toString(number, ""),
                        VoucherActors.date(signedOn)));
    }

    @PostMapping(DESK + "/applications/{id}/payment")
    String payment(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String paidOn,
            @RequestParam(required = false) @Nullable String reference,
            RedirectAttributes redirect) {
        return onApplication(
                id,
                redirect,
                "vouchers.application.paid",
                actor -> applications.pay(
                        actor,
                        id,
                        VoucherActors.version(version),
                        VoucherActors.money(amount),
                        VoucherActors.date(paidOn),
                        Objects.toString(reference, "")));
    }

    @PostMapping(DESK + "/applications/{id}/close")
    String closeApplication(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String version,
            RedirectAttributes redirect) {
        return onApplication(
                id,
                redirect,
                "vouchers.application.closed",
                actor -> applications.close(actor, id, VoucherActors.version(version)));
    }

    @PostMapping(DESK + "/redemptions/{id}/pay")
    String payProvider(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String paidOn,
            @RequestParam(required = false) @Nullable String reference,
            RedirectAttributes redirect) {
        CurrentUser actor = actors.actor();
        return PostRedirectGet.act(
                redirect,
                DESK,
                "vouchers.redemption.paid",
                () -> redemptions.pay(
                        actor,
                        id,
                        VoucherActors.money(amount),
                        VoucherActors.date(paidOn),
                        Objects.toString(reference, "")));
    }

    @PostMapping(DESK + "/vouchers/{id}/cancel")
    String cancelVoucher(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        CurrentUser actor = actors.actor();
        return PostRedirectGet.act(
                redirect,
                DESK,
                "vouchers.voucher.cancelled",
                () -> ledger.cancel(actor, id, VoucherActors.version(version), Objects.toString(reason, "")));
    }

    /** The field a refusal of the programme belongs to. */
    static String programmeField(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "vouchers.error.title" -> "title";
            case "vouchers.error.summary" -> "summary";
            case "vouchers.error.budget" -> "maxGrant";
            case "vouchers.error.dates" -> "closesOn";
            case "vouchers.error.voucherMonths" -> "voucherMonths";
            case "vouchers.error.types" -> "types";
            case "vouchers.error.documents" -> "documents";
            default -> FormErrors.GLOBAL;
        };
    }

    /** One step on an application as the signed-in staff member, back on the application's page. */
    private String onApplication(UUID id, RedirectAttributes redirect, String noticeKey, Consumer<CurrentUser> step) {
        CurrentUser actor = actors.actor();
        return PostRedirectGet.act(redirect, DESK + "/applications/" + id, noticeKey, () -> step.accept(actor));
    }

    private String programmeForm(Model model, ProgrammeForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "ecosystem/vouchers/programme-form";
    }
}
