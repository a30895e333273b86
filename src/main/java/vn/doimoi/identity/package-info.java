/**
 * Accounts, roles and memberships of users in organisations, sign-in, and the hash-chained audit
 * trail. Other modules use {@link vn.doimoi.identity.Accounts} and {@link vn.doimoi.identity.Role}.
 */
@ApplicationModule(displayName = "Identity")
package vn.doimoi.identity;

import org.springframework.modulith.ApplicationModule;
