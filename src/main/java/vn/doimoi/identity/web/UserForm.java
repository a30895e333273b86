package vn.doimoi.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserSummary;
import vn.doimoi.identity.user.UserAccounts;

/** The administrator's user form; {@code password} is required when creating, optional when editing. */
public record UserForm(
        @Nullable @Size(max = 64) String username,
        @Nullable String password,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @Nullable Set<Role> roles,
        @Nullable UUID organisationId,
        @Nullable Boolean enabled,
        long version) {

    static UserForm empty() {
        return new UserForm("", "", "", "", EnumSet.noneOf(Role.class), null, true, 0);
    }

    static UserForm of(UserSummary user, long version) {
        return new UserForm(
                user.username(),
                "",
                user.displayName(),
                user.email(),
                user.roles(),
                user.organisationId(),
                user.enabled(),
                version);
    }

    Set<Role> chosenRoles() {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled != null && enabled;
    }

    public boolean hasRole(Role role) {
        return roles != null && roles.contains(role);
    }

    UserAccounts.UserData data() {
        return new UserAccounts.UserData(displayName, email, chosenRoles(), organisationId, isEnabled());
    }

    UserForm withoutPassword() {
        return new UserForm(username, "", displayName, email, roles, organisationId, enabled, version);
    }
}
