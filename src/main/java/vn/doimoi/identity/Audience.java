package vn.doimoi.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who a notification goes to: the users acting for an organisation, or everyone with a role. */
public record Audience(
        @Nullable UUID organisationId, @Nullable Role role) {

    public static Audience organisation(UUID organisationId) {
        return new Audience(organisationId, null);
    }

    public static Audience role(Role role) {
        return new Audience(null, role);
    }
}
