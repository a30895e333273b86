package vn.doimoi.traceability.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PostRedirectGet;
import vn.doimoi.traceability.sharing.EventShares;

/** The lot page's sharing: with another organisation, for this lot or the whole product; and revoking. */
@Controller
class ShareController {

    private final Members members;
    private final EventShares shares;

    ShareController(Members members, EventShares shares) {
        this.members = members;
        this.shares = shares;
    }

    @PostMapping("/traceability/lots/{id}/shares")
    String share(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID recipient,
            @RequestParam(defaultValue = "false") boolean wholeProduct,
            RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, "/traceability/lots/" + id, "traceability.share.created", () -> {
            if (recipient == null) {
                throw DomainException.invalid("traceability.share.recipient");
            }
            shares.share(members.actor(), id, recipient, wholeProduct);
        });
    }

    @PostMapping("/traceability/lots/{lot}/shares/{id}/revoke")
    String revoke(@PathVariable UUID lot, @PathVariable UUID id, RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect,
                "/traceability/lots/" + lot,
                "traceability.share.revoked",
                () -> shares.revoke(members.actor(), id));
    }
}
