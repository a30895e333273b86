package vn.doimoi.identity.user;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.AccountImport;
import vn.doimoi.identity.ImportedAccount;

/** Creates imported accounts through {@link UserAccounts}, so the password policy and the audit apply. */
@Service
@Transactional
class AccountImporter implements AccountImport {

    private final UserAccounts users;
    private final UserRepository repository;

    AccountImporter(UserAccounts users, UserRepository repository) {
        this.users = users;
        this.repository = repository;
    }

    @Override
    public void createIfAbsent(ImportedAccount account) {
        if (repository.findByUsername(account.username()).isPresent()) {
            return;
        }
        users.create(
                account.username(),
                account.password(),
                new UserAccounts.UserData(
                        account.displayName(), account.email(), account.roles(), account.organisationId(), true));
    }
}
