package vn.doimoi.projects.selection;

import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.DomainException;

/**
 * The checks every service of calls, dossiers, councils and ordered lists makes before it acts:
 * who is signed in, whether they are the Department's staff, and whether the record is still the
 * version the person saw (two officers editing one record: the second is told, nothing is lost).
 */
public final class CallGuards {

    private CallGuards() {}

    /** The signed-in user; 401 "sign in" otherwise. */
    public static CurrentUser signedIn(Accounts accounts) {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("task.error.signIn"));
    }

    /** Whether the signed-in user, if any, is STAFF or ADMIN. */
    public static boolean isStaff(Accounts accounts) {
        return accounts.current().map(CallGuards::isStaff).orElse(false);
    }

    public static boolean isStaff(CurrentUser user) {
        return user.has(Role.STAFF) || user.has(Role.ADMIN);
    }

    /** 403 "staff only" unless the signed-in user is STAFF or ADMIN. */
    public static void requireStaff(Accounts accounts) {
        if (!isStaff(accounts)) {
            throw DomainException.forbidden("task.error.staffOnly");
        }
    }

    /** 409 "changed by someone else" when the record is no longer the version the form was built on. */
    public static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw DomainException.conflict("task.error.staleVersion");
        }
    }
}
