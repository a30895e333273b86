/**
 * Accounts, roles and memberships of users in organisations, sign-in, and the hash-chained audit
 * trail. Other modules use {@link vn.doimoi.identity.Accounts} and {@link vn.doimoi.identity.Role}.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package vn.doimoi.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
