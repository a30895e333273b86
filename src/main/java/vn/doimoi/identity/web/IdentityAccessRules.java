package vn.doimoi.identity.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * identity: users and the audit trail are the administrator's. Signing in is a global rule; a
 * signed-in user's own account and notifications fall under the global "signed in" end.
 */
@Component
@Order(40)
class IdentityAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.any("/admin/users", "/admin/users/**", "/admin/audit", "/admin/audit/**")
                .hasRole(Role.ADMIN.name());
    }
}
