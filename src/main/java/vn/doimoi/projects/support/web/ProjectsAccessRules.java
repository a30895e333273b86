package vn.doimoi.projects.support.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * projects: public calls, task register and results; applicants' proposals and dossiers; councils
 * and identification (seats checked in the services); STAFF's management; hosts and adopters on
 * their own tasks (checked by {@code TaskAccess}). One class for the module's processes, so that
 * no process's rule can shadow another's unseen.
 */
@Component
@Order(70)
class ProjectsAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        String admin = Role.ADMIN.name();
        String staff = Role.STAFF.name();
        // part 2 (task execution): STAFF manages; hosts and adopters act on their own records
        // (ownership in the services); the register of results is public.
        rules.any("/staff/execution", "/staff/execution/**")
                .hasAnyRole(admin, staff)
                .any("/execution", "/execution/**")
                .authenticated()
                .get("/results", "/results/*", "/api/v1/results", "/api/v1/results/*")
                .permitAll()
                // part 1: public calls and task register, applicants' dossiers, councils (membership
                // checked in the services), STAFF's management.
                .get("/calls", "/calls/*", "/tasks", "/tasks/*")
                .permitAll()
                .get("/api/v1/calls", "/api/v1/calls/**", "/api/v1/tasks", "/api/v1/tasks/**")
                .permitAll()
                .post("/calls/*/dossiers")
                .hasRole(Role.ORG_MEMBER.name())
                .post("/proposals/*/reject", "/proposals/*/order")
                .hasAnyRole(admin, staff)
                .any("/proposals", "/proposals/**")
                .authenticated()
                .any("/dossiers", "/dossiers/**")
                .authenticated()
                .any("/staff/tasks", "/staff/tasks/**")
                .hasAnyRole(admin, staff)
                .post("/councils/*/members", "/councils/*/start", "/councils/*/conclude")
                .hasAnyRole(admin, staff)
                .any("/councils", "/councils/**")
                .authenticated()
                // councils other modules open through ReviewCouncils (ADR 0068); seats checked in the engine
                .post("/review-councils/*/members", "/review-councils/*/start", "/review-councils/*/conclude")
                .hasAnyRole(admin, staff)
                .any("/review-councils/**")
                .authenticated()
                // identification councils (membership checked in the services); rounds and the
                // ordered list sit under /staff/tasks/** above.
                .any("/identification", "/identification/**")
                .authenticated();
    }
}
