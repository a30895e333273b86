package vn.doimoi.identity.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.shared.web.UiFactory;

/** The signed-in user kept in the session. */
public final class DoimoiPrincipal implements UserDetails, CredentialsContainer, UiFactory.DisplayNamed {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId id;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final Set<Role> roles;
    private final @Nullable UUID organisationId;

    DoimoiPrincipal(
            UserId id,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            Set<Role> roles,
            @Nullable UUID organisationId) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.roles = Set.copyOf(roles);
        this.organisationId = organisationId;
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, roles, organisationId);
    }

    public UserId id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
