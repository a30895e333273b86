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

    /** The users who act for an organisation, by display name. */
    public List<UserSummary> membersOf(UUID organisationId) {
        return users.membersOf(organisationId);
    }
}
