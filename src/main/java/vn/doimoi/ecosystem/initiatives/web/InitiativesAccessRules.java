package vn.doimoi.ecosystem.initiatives.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * initiatives: the honour roll and the certificates of recognised initiatives are public; any
 * signed-in user declares (whose declaration it is, is checked in the service); STAFF review.
 */
@Component
@Order(95)
class InitiativesAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get("/ecosystem/initiatives", "/ecosystem/initiatives/*/certificate.pdf")
                .permitAll()
                .any("/ecosystem/initiatives/**")
                .authenticated()
                .any("/staff/ecosystem/initiatives", "/staff/ecosystem/initiatives/**")
                .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name());
    }
}
