package vn.doimoi.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The signed-in user as the service layer sees it, for ownership checks. */
public record CurrentUser(
        UserId id,
        String username,
        Set<Role> roles,
        @Nullable UUID organisationId) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the user is the Department's staff: STAFF, or ADMIN, who may do all STAFF may. */
    public boolean isStaff() {
        return has(Role.STAFF) || has(Role.ADMIN);
    }

    /** Whether the user acts for this organisation. */
    public boolean actsFor(@Nullable UUID organisation) {
        return organisation != null && organisation.equals(organisationId);
    }
}
