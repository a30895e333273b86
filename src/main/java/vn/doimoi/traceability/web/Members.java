package vn.doimoi.traceability.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.catalogue.TraceAccess;

/** The signed-in user of the traceability pages, and whether their organisation may write yet. */
@Component
class Members {

    private final Accounts accounts;
    private final TraceAccess access;

    Members(Accounts accounts, TraceAccess access) {
        this.accounts = accounts;
        this.access = access;
    }

    CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("traceability.error.memberOnly"));
    }

    /** The member's organisation, verified; the caller shows the refusal on the overview otherwise. */
    UUID writer(CurrentUser actor) {
        return access.writer(actor);
    }

    boolean verified(CurrentUser actor) {
        UUID organisation = actor.organisationId();
        return organisation != null && access.verified(organisation);
    }
}
