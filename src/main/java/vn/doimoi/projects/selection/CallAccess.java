package vn.doimoi.projects.selection;

import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;

/**
 * Who may act on proposals, identification rounds, calls, dossiers, their councils and ordered
 * lists (ADR 0039): the signed-in user, the Department's staff, and whether a record is still the
 * version the person saw (two officers editing one record: the second is told, nothing is lost).
 * Every service of part 1 asks it; none reads roles itself.
 */
@Component
public class CallAccess {

    private final Accounts accounts;

    public CallAccess(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The signed-in user; "sign in" (401) otherwise. */
    public CurrentUser signedIn() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("task.error.signIn"));
    }

    /** Whether the signed-in user, if any, is the Department's staff (STAFF or ADMIN). */
    public boolean isStaff() {
        return accounts.current().map(CurrentUser::isStaff).orElse(false);
    }

    /** "Staff only" (403) unless the signed-in user is STAFF or ADMIN. */
    public void requireStaff() {
        if (!isStaff()) {
            throw DomainException.forbidden("task.error.staffOnly");
        }
    }

    /** "Changed by someone else" (409) when the record is no longer the version the form was built on. */
    public void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw DomainException.conflict("task.error.staleVersion");
        }
    }
}
