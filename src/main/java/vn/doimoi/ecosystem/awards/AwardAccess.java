package vn.doimoi.ecosystem.awards;

import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.DomainException;

/** Who acts on awards: any signed-in user, an organisation's member (who nominates), or STAFF. */
@Component
class AwardAccess {

    private final Accounts accounts;

    AwardAccess(Accounts accounts) {
        this.accounts = accounts;
    }

    CurrentUser me() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("awards.error.signIn"));
    }

    CurrentUser staff() {
        CurrentUser me = me();
        if (!me.isStaff()) {
            throw DomainException.forbidden("awards.error.staffOnly");
        }
        return me;
    }

    /** A member of an organisation of the directory: nominations are made on an organisation's behalf. */
    CurrentUser member() {
        CurrentUser me = me();
        if (!me.has(Role.ORG_MEMBER) || me.organisationId() == null) {
            throw DomainException.forbidden("awards.error.memberOnly");
        }
        return me;
    }
}
