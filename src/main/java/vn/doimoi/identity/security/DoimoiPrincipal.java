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
import vn.doimoi.identity.user.UserAccounts;
import vn.doimoi.shared.web.UiFactory;

/** The signed-in user kept in the session. */
public final class DoimoiPrincipal implements UserDetails, CredentialsContainer, UiFactory.DisplayNamed {

    // 2: the versions below were added; sessions saved with the old shape are not read back.
    @Serial
    private static final long serialVersionUID = 2L;

    private final UserId id;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final Set<Role> roles;
    private final @Nullable UUID organisationId;
    /** The account's versions when this principal was loaded; compared on each request (ADR 0029). */
    private final long accountVersion;

    private final long passwordVersion;

    DoimoiPrincipal(UserAccounts.LoginAccount account) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.roles = Set.copyOf(account.roles());
        this.organisationId = account.organisationId();
        this.accountVersion = account.accountVersion();
        this.passwordVersion = account.passwordVersion();
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, roles, organisationId);
    }

    public UserId id() {
        return id;
    }

    long accountVersion() {
        return accountVersion;
    }

    long passwordVersion() {
        return passwordVersion;
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
