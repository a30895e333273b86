package vn.doimoi.market.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
import vn.doimoi.market.deal.DealMessages;
import vn.doimoi.market.deal.Deals;
import vn.doimoi.shared.web.PostRedirectGet;

/** One deal and its steps, each a small form (no JavaScript needed). */
@Controller
class DealController {

    private final Deals deals;
    private final DealBrokers brokers;
    private final Accounts accounts;
    private final DealMessages messages;

    DealController(Deals deals, DealBrokers brokers, Accounts accounts, DealMessages messages) {
        this.messages = messages;
        this.deals = deals;
        this.brokers = brokers;
        this.accounts = accounts;
    }

    @GetMapping("/market/deals/{id}")
    String deal(@PathVariable UUID id, Model model) {
        CurrentUser actor = actor();
        DealView deal = deals.view(actor, id);
        model.addAttribute("deal", deal);
        boolean talks = messages.mayTalk(actor, id);
        model.addAttribute("talks", talks);
        model.addAttribute("thread", talks ? messages.thread(actor, id) : List.of());
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
            @ModelAttribute SigningForm form,
            RedirectAttributes redirect) {
        return onDate(
                id,
                form.signedOn(),
                redirect,
                "market.deal.signedNotice",
                date -> deals.sign(
                        actor(),
                        id,
                        version,
                        date,
                        form.amount(),
                        form.directionOrDomestic(),
                        form.stateCapital(),
                        form.taskResultRegistered()));
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
            @ModelAttribute RegistrationForm form,
            RedirectAttributes redirect) {
        return onDate(
                id,
                form.certificateDate(),
                redirect,
                "market.deal.registeredNotice",
                date -> deals.registered(actor(), id, version, form.number(), date));
    }

    @PostMapping("/market/deals/{id}/decline")
    String decline(
            @PathVariable UUID id,
            @RequestParam DeclineReason reason,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return act(id, redirect, "market.deal.declinedNotice", () -> deals.decline(actor(), id, reason, note));
    }

    /** A step that needs its date: without one the deal page says so, as a refusal. */
    private String onDate(
            UUID id, @Nullable LocalDate date, RedirectAttributes redirect, String notice, Consumer<LocalDate> step) {
        if (date == null) {
            PostRedirectGet.problem(redirect, "market.form.error.date");
            return PostRedirectGet.redirect("/market/deals/" + id);
        }
        return act(id, redirect, notice, () -> step.accept(date));
    }

    private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
        return PostRedirectGet.act(redirect, "/market/deals/" + id, notice, action);
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow();
    }
}
