package vn.doimoi.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An enabled account as an outside list gives it ({@link AccountImport}). */
public record ImportedAccount(
        String username,
        String password,
        String displayName,
        String email,
        Set<Role> roles,
        @Nullable UUID organisationId) {

    public ImportedAccount {
        roles = Set.copyOf(roles);
    }
}
