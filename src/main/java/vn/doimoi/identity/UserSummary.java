package vn.doimoi.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What other modules may know of a user. */
public record UserSummary(
        UserId id,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        boolean enabled,
        @Nullable UUID organisationId) {}
