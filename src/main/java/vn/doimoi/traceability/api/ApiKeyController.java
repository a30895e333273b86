package vn.doimoi.traceability.api;

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
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PostRedirectGet;
import vn.doimoi.traceability.catalogue.TraceAccess;

/**
 * The enterprise's API keys page: a member issues a key for a system that sends or reads its events
 * through the EPCIS API, copies its secret from the one page that shows it, and revokes it when the
 * system is retired or the secret may have leaked.
 */
@Controller
class ApiKeyController {

    static final String PAGE = "/traceability/api-keys";

    private final Accounts accounts;
    private final TraceAccess access;
    private final ApiKeys keys;

    ApiKeyController(Accounts accounts, TraceAccess access, ApiKeys keys) {
        this.accounts = accounts;
        this.access = access;
        this.keys = keys;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        CurrentUser actor = actor();
        UUID organisation = actor.organisationId();
        model.addAttribute("verified", organisation != null && access.verified(organisation));
        model.addAttribute("keys", keys.of(actor));
        if (!model.containsAttribute("secret")) {
            model.addAttribute("secret", "");
        }
        return "traceability/api-keys";
    }

    @PostMapping(PAGE)
    String issue(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        CurrentUser actor = actor();
        try {
            ApiKeys.Issued issued = keys.issue(actor, name);
            redirect.addFlashAttribute("secret", issued.secret());
            return PostRedirectGet.done(redirect, PAGE, "traceability.apiKey.issued");
        } catch (DomainException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            PostRedirectGet.problem(redirect, refused);
            return PostRedirectGet.redirect(PAGE);
        }
    }

    @PostMapping(PAGE + "/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        CurrentUser actor = actor();
        return PostRedirectGet.act(redirect, PAGE, "traceability.apiKey.revoked", () -> keys.revoke(actor, id));
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("traceability.error.memberOnly"));
    }
}
