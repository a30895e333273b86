package vn.doimoi.ecosystem.vouchers;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.DomainException;

/**
 * Who may act on programmes, applications and vouchers (ADR 0065): the Department's staff decide
 * and pay; a member acts for its own organisation's applications and vouchers; whoever acts for a
 * provider handles the redemptions asked of it. Another organisation's record is "not found"
 * rather than "forbidden", so its existence is not disclosed.
 */
@Component
public class VoucherAccess {

    /** The organisation a member acts for. */
    public UUID member(CurrentUser actor) {
        UUID organisation = actor.organisationId();
        if (!actor.has(Role.ORG_MEMBER) || organisation == null) {
            throw DomainException.refused("vouchers.error.memberOnly");
        }
        return organisation;
    }

    public void requireStaff(CurrentUser actor) {
        if (!actor.isStaff()) {
            throw DomainException.forbidden("vouchers.error.staffOnly");
        }
    }

    /** Refuses (404) unless the actor acts for the owner, or is staff when {@code staffReads}. */
    public void requireOwner(CurrentUser actor, UUID owner, boolean staffReads) {
        if (!actor.actsFor(owner) && !(staffReads && actor.isStaff())) {
            throw DomainException.notFound("vouchers.error.notFound");
        }
    }
}
