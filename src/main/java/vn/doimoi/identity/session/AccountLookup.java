package vn.doimoi.identity.session;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.UserId;
import vn.doimoi.identity.UserSummary;
import vn.doimoi.identity.user.UserAccounts;
import vn.doimoi.shared.security.UserLookup;

@Component
class AccountLookup implements UserLookup {

    private final UserAccounts users;
    private final Accounts accounts;

    AccountLookup(UserAccounts users, Accounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public Optional<UUID> userIdOf(String username) {
        return users.forLogin(username).map(account -> account.id().value());
    }

    @Override
    public Optional<String> usernameOf(UUID userId) {
        return accounts.find(new UserId(userId)).map(UserSummary::username);
    }
}
