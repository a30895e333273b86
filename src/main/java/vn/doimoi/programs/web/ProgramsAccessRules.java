package vn.doimoi.programs.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * programs: STAFF monitors, agencies report (which assignment is theirs: {@code AssignmentAccess}),
 * the public reads.
 */
@Component
@Order(50)
class ProgramsAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        String admin = Role.ADMIN.name();
        String staff = Role.STAFF.name();
        rules.any("/programs/manage", "/programs/manage/**")
                .hasAnyRole(admin, staff)
                .any("/programs/reports", "/programs/reports/**")
                .hasAnyRole(admin, staff, Role.AGENCY.name())
                .get("/programs", "/programs/*")
                .permitAll();
    }
}
