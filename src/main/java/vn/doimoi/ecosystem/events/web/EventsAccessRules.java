package vn.doimoi.ecosystem.events.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * Events: the calendar and event pages are public; registering, meetings, exhibiting and one's
 * agenda need a signed-in user (whose registration, meeting or organisation it is, is checked in
 * the services); STAFF publish.
 */
@Component
@Order(94)
class EventsAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get("/ecosystem/events/my")
                .authenticated()
                .get("/ecosystem/events", "/ecosystem/events/*")
                .permitAll()
                .any("/staff/ecosystem/events", "/staff/ecosystem/events/**")
                .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name())
                .any("/ecosystem/events/**")
                .authenticated();
    }
}
