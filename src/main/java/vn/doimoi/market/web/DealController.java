package vn.doimoi.market.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.DealView;
import vn.doimoi.market.DeclineReason;
import vn.doimoi.market.TransferDirection;
import vn.doimoi.market.deal.DealBrokers;
import vn.doimoi.market.deal.Deals;

/** One deal and its steps, each a small form (no JavaScript needed). */
@Controller
class DealController {

    private final Deals deals;
    private final DealBrokers brokers;
    private final Accounts accounts;

    DealController(Deals deals, DealBrokers brokers, Accounts accounts) {
        this.deals = deals;
        this.brokers = brokers;
        this.accounts = accounts;
    }

    @GetMapping("/market/deals/{id}")
    String deal(@PathVariable UUID id, Model model) {
        DealView deal = deals.view(actor(), id);
        model.addAttribute("deal", deal);
        model.addAttribute("brokers", deal.canInviteBroker() ? brokers.brokers() : List.of());
        model.addAttribute("reasons", DeclineReason.values());
        model.addAttribute("directions", TransferDirection.values());
        return "market/deal";
    }

    @PostMapping("/market/deals/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "market.deal.accepted", () -> deals.accept(actor(), id, version));
    }

    /** A broker accepts its invitation or asks to broker a deal that seeks one (ADR 0032). */
    @PostMapping("/market/deals/{id}/broker")
    String take(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "market.deal.brokerTakeNotice", () -> brokers.take(actor(), id));
    }

    @PostMapping("/market/deals/{id}/introduced")
    String introduced(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "market.deal.introducedNotice", () -> deals.introduced(actor(), id, version));
    }

    @PostMapping("/market/deals/{id}/signed")
    String signed(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String signedOn,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "DOMESTIC") TransferDirection direction,
            @RequestParam(defaultValue = "false") boolean stateCapital,
            @RequestParam(defaultValue = "false") boolean taskResultRegistered,
            RedirectAttributes redirect) {
        LocalDate date = ListingForm.date(signedOn);
        if (date == null) {
            redirect.addFlashAttribute("notice", "market.form.error.date");
            return "redirect:/market/deals/" + id;
        }
        BigDecimal amount = value.isBlank() ? null : ListingForm.money(value);
        return act(
                id,
                redirect,
                "market.deal.signedNotice",
                () -> deals.sign(actor(), id, version, date, amount, direction, stateCapital, taskResultRegistered));
    }

    @PostMapping("/market/deals/{id}/documents")
    String documents(
            @PathVariable UUID id,
            @RequestParam(name = "document", required = false) List<String> gathered,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "market.deal.documentsSaved",
                () -> deals.documents(actor(), id, new LinkedHashSet<>(gathered == null ? List.of() : gathered)));
    }

    @PostMapping("/market/deals/{id}/registered")
    String registered(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String certificateNumber,
            @RequestParam(defaultValue = "") String certificateDate,
            RedirectAttributes redirect) {
        LocalDate date = ListingForm.date(certificateDate);
        if (date == null) {
            redirect.addFlashAttribute("notice", "market.form.error.date");
            return "redirect:/market/deals/" + id;
        }
        return act(
                id,
                redirect,
                "market.deal.registeredNotice",
                () -> deals.registered(actor(), id, version, certificateNumber, date));
    }

    @PostMapping("/market/deals/{id}/decline")
    String decline(
            @PathVariable UUID id,
            @RequestParam DeclineReason reason,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return act(id, redirect, "market.deal.declinedNotice", () -> deals.decline(actor(), id, reason, note));
    }

    private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
        return PostRedirect.run(redirect, notice, "/market/deals/" + id, action);
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow();
    }
}
