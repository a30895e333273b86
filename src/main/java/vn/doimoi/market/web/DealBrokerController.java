package vn.doimoi.market.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.deal.DealBrokers;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PostRedirectGet;

/** The parties choose their deal's broker: invite one, seek one, agree, or turn a proposal down (ADR 0032). */
@Controller
class DealBrokerController {

    private final DealBrokers brokers;
    private final Accounts accounts;

    DealBrokerController(DealBrokers brokers, Accounts accounts) {
        this.brokers = brokers;
        this.accounts = accounts;
    }

    @PostMapping("/market/deals/{id}/broker/invite")
    String invite(@PathVariable UUID id, @RequestParam(defaultValue = "") String broker, RedirectAttributes redirect) {
        return act(id, redirect, "market.deal.brokerInvitedNotice", () -> brokers.invite(actor(), id, userId(broker)));
    }

    @PostMapping("/market/deals/{id}/broker/seek")
    String seek(
            @PathVariable UUID id, @RequestParam(defaultValue = "true") String seeking, RedirectAttributes redirect) {
        boolean wanted = !"false".equals(seeking);
        return act(
                id,
                redirect,
                wanted ? "market.deal.seekingNotice" : "market.deal.notSeekingNotice",
                () -> brokers.seek(actor(), id, wanted));
    }

    @PostMapping("/market/deals/{id}/broker/consent")
    String consent(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "market.deal.brokerConsentNotice", () -> brokers.consent(actor(), id));
    }

    @PostMapping("/market/deals/{id}/broker/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "market.deal.brokerWithdrawnNotice", () -> brokers.withdraw(actor(), id));
    }

    /** The broker chosen in the form; anything that is not a user id is refused with a message. */
    private static UUID userId(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.refused("market.error.brokerUnknown");
        }
    }

    private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
        return PostRedirectGet.act(redirect, "/market/deals/" + id, notice, action);
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow();
    }
}
