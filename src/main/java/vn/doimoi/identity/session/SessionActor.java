package vn.doimoi.identity.session;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.CurrentActor;

/** The signed-in user of the current request, as other modules may see it. */
@Component
class SessionActor implements CurrentActor {

    private final Accounts accounts;

    SessionActor(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return accounts.current().map(CurrentUser::username).orElse("system");
    }

    @Override
    public boolean isSignedIn() {
        return accounts.current().isPresent();
    }

    @Override
    public boolean hasRole(String role) {
        return accounts.current().map(user -> user.has(Role.valueOf(role))).orElse(false);
    }

    @Override
    public Optional<UUID> userId() {
        return accounts.current().map(user -> user.id().value());
    }

    @Override
    public Optional<UUID> organisationId() {
        return accounts.current().map(CurrentUser::organisationId);
    }
}
