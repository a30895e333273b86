package vn.doimoi.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.security.DoimoiPrincipal;
import vn.doimoi.identity.user.UserAccounts;

/** The identity module's public face: who is signed in, and who belongs to an organisation. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final UserAccounts users;

    Accounts(UserAccounts users) {
        this.users = users;
    }

    /** The signed-in user, if any. */
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof DoimoiPrincipal principal) {
            return Optional.of(principal.toCurrentUser());
        }
        return Optional.empty();
    }

    public Optional<UserSummary> find(UserId id) {
        return users.find(id);
    }

    /**
     * Links a user who acts for no organisation yet to one (demo data of other modules); audited
     * like an administrator's edit. Does nothing when the user is unknown or already linked.
     */
    @Transactional
    public void linkToOrganisationIfUnlinked(String username, UUID organisationId) {
        users.forLogin(username)
                .filter(account -> account.organisationId() == null)
                .ifPresent(account -> {
                    UserAccounts.EditableUser editable = users.editable(account.id());
                    UserSummary user = editable.user();
                    users.update(
                            user.id(),
                            editable.version(),
                            new UserAccounts.UserData(
                                    user.displayName(), user.email(), user.roles(), organisationId, user.enabled()));
                });
    }

    /** The users who act for an organisation, by display name. */
    public List<UserSummary> membersOf(UUID organisationId) {
        return users.membersOf(organisationId);
    }

    /** The enabled users who have a role, by display name (the brokers a deal's parties may invite). */
    public List<UserSummary> withRole(Role role) {
        return users.enabledWithRole(role);
    }
}
