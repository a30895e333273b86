package vn.doimoi.ecosystem.vouchers.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
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
import vn.doimoi.ecosystem.vouchers.Applications;
import vn.doimoi.ecosystem.vouchers.EnterpriseSize;
import vn.doimoi.ecosystem.vouchers.ProgrammeView;
import vn.doimoi.ecosystem.vouchers.Redemptions;
import vn.doimoi.ecosystem.vouchers.SupportProgrammes;
import vn.doimoi.ecosystem.vouchers.VoucherLedger;
import vn.doimoi.ecosystem.vouchers.VoucherSettings;
import vn.doimoi.ecosystem.vouchers.VoucherView;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.MarketServices;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * An enterprise's side: apply to a programme with its directory profile, follow its applications,
 * spend its vouchers with providers of the market, confirm deliveries and report.
 */
@Controller
class MyVoucherController {

    private static final String MY = "/ecosystem/vouchers/my";

    private final SupportProgrammes programmes;
    private final Applications applications;
    private final VoucherLedger ledger;
    private final Redemptions redemptions;
    private final MarketServices services;
    private final VoucherActors actors;
    private final VoucherSettings settings;
    private final Clock clock;

    MyVoucherController(
            SupportProgrammes programmes,
            Applications applications,
            VoucherLedger ledger,
            Redemptions redemptions,
            MarketServices services,
            VoucherActors actors,
            VoucherSettings settings,
            Clock clock) {
        this.programmes = programmes;
        this.applications = applications;
        this.ledger = ledger;
        this.redemptions = redemptions;
        this.services = services;
        this.actors = actors;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/ecosystem/vouchers/programmes/{id}/apply")
    String applyForm(@PathVariable UUID id, Model model) {
        CurrentUser actor = actors.actor();
        return applyForm(model, actor, programmes.published(id), ApplicationForm.empty(), FormErrors.none());
    }

    @PostMapping("/ecosystem/vouchers/programmes/{id}/apply")
    String apply(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = actors.actor();
        ProgrammeView programme = programmes.published(id);
        return FormSubmission.of(binding, refusal -> FormErrors.GLOBAL)
                .run(
                        () -> {
                            applications.apply(
                                    actor,
                                    id,
                                    Objects.requireNonNull(form.size()),
                                    Objects.requireNonNull(form.purpose()),
                                    Objects.requireNonNull(form.amount()).amount());
                            return PostRedirectGet.done(redirect, MY, "vouchers.application.submitted");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return applyForm(model, actor, programme, form, errors);
                        });
    }

    private String applyForm(
            Model model, CurrentUser actor, ProgrammeView programme, ApplicationForm form, FormErrors errors) {
        model.addAttribute("programme", programme);
        model.addAttribute("organisation", applications.applicant(actor));
        model.addAttribute("sizes", EnterpriseSize.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        return "ecosystem/vouchers/apply";
    }

    @GetMapping(MY)
    String mine(Model model) {
        CurrentUser actor = actors.actor();
        model.addAttribute("applications", applications.ofOrganisation(actor));
        model.addAttribute("vouchers", ledger.ofOrganisation(actor));
        model.addAttribute("today", LocalDate.now(clock));
        return "ecosystem/vouchers/my";
    }

    @GetMapping(MY + "/vouchers/{id}")
    String voucher(@PathVariable UUID id, Model model) {
        CurrentUser actor = actors.actor();
        VoucherView voucher = ledger.view(actor, id);
        return voucherPage(model, voucher, RedeemForm.empty(), FormErrors.none());
    }

    @PostMapping(MY + "/vouchers/{id}/redeem")
    String redeem(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RedeemForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = actors.actor();
        VoucherView voucher = ledger.view(actor, id);
        return FormSubmission.of(binding, refusal -> FormErrors.GLOBAL)
                .run(
                        () -> {
                            redemptions.redeem(
                                    actor,
                                    id,
                                    Objects.requireNonNull(form.listingId()),
                                    Objects.requireNonNull(form.amount()).amount(),
                                    form.note());
                            return PostRedirectGet.done(
                                    redirect, MY + "/vouchers/" + id, "vouchers.redemption.requested");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return voucherPage(model, ledger.view(actor, id), form, errors);
                        });
    }

    private String voucherPage(Model model, VoucherView voucher, RedeemForm form, FormErrors errors) {
        model.addAttribute("voucher", voucher);
        model.addAttribute("redemptions", redemptions.ofVoucher(voucher.id()));
        model.addAttribute("services", services.live());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("warningDays", settings.warningDays());
        return "ecosystem/vouchers/voucher";
    }

    @PostMapping(MY + "/redemptions/{id}/confirm")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        CurrentUser actor = actors.actor();
        return PostRedirectGet.act(redirect, MY, "vouchers.redemption.confirmed", () -> redemptions.confirm(actor, id));
    }

    @PostMapping(MY + "/redemptions/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        CurrentUser actor = actors.actor();
        return PostRedirectGet.act(redirect, MY, "vouchers.redemption.cancelled", () -> redemptions.cancel(actor, id));
    }

    @PostMapping(MY + "/applications/{id}/report")
    String report(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String report,
            RedirectAttributes redirect) {
        CurrentUser actor = actors.actor();
        return PostRedirectGet.act(
                redirect,
                MY,
                "vouchers.application.reported",
                () -> applications.report(actor, id, VoucherActors.version(version), Objects.toString(report, "")));
    }
}
