package vn.doimoi.ecosystem.awards.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * awards: rounds, honour rolls and certificates are public; an organisation's member nominates and
 * adds files; the nominator (or STAFF) follows a nomination (checked in the service); STAFF open,
 * screen and decide.
 */
@Component
@Order(97)
class AwardsAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get("/ecosystem/awards/my")
                .authenticated()
                .get("/ecosystem/awards", "/ecosystem/awards/*", "/ecosystem/awards/nominations/*/certificate.pdf")
                .permitAll()
                .any("/staff/ecosystem/awards", "/staff/ecosystem/awards/**")
                .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name())
                .any("/ecosystem/awards/*/nominate", "/ecosystem/awards/nominations/*/files")
                .hasRole(Role.ORG_MEMBER.name())
                .any("/ecosystem/awards/**")
                .authenticated();
    }
}
