package vn.doimoi.shared.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is acting, for ownership checks in any module ("a member edits only its organisation's
 * records"). Implemented by the identity module; here so that modules identity depends on can
 * use it without a cycle.
 */
public interface CurrentActor {

    /** The signed-in user's name, or {@code system} when no one is signed in (start-up work). */
    String name();

    /** Whether someone is signed in. */
    boolean isSignedIn();

    /** Whether the signed-in user has this role (ADMIN, STAFF, EDITOR, EXPERT, ORG_MEMBER, AGENCY, BROKER). */
    boolean hasRole(String role);

    /** The signed-in user's account id, if any. */
    Optional<UUID> userId();

    /** The organisation the signed-in user acts for, if any. */
    Optional<UUID> organisationId();
}
