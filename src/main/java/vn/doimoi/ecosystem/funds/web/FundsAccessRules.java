package vn.doimoi.ecosystem.funds.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * ecosystem.funds: an enterprise's member keeps its fund; the Department's staff see the province's
 * totals; a filed report and an evidence file open for the organisation's members and the staff
 * (whose record it is, is checked in the services, and another organisation's is "not found").
 */
@Component
@Order(92)
class FundsAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.any("/ecosystem/funds/my", "/ecosystem/funds/my/**")
                .hasRole(Role.ORG_MEMBER.name())
                .any("/staff/ecosystem/funds", "/staff/ecosystem/funds/**")
                .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name())
                .get("/ecosystem/funds/reports/*", "/ecosystem/funds/spending/*/evidence")
                .authenticated();
    }
}
