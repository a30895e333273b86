package vn.doimoi.identity.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.user.UserAccounts;

@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    DatabaseUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.forLogin(username)
                .map(account -> new DoimoiPrincipal(
                        account.id(),
                        account.username(),
                        account.displayName(),
                        account.passwordHash(),
                        account.enabled(),
                        account.roles(),
                        account.organisationId()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
