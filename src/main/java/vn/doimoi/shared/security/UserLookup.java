package vn.doimoi.shared.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds user accounts by name, for modules that link their records to an account (a scientist's
 * profile to the scientist's login). Implemented by the identity module.
 */
public interface UserLookup {

    Optional<UUID> userIdOf(String username);

    Optional<String> usernameOf(UUID userId);
}
