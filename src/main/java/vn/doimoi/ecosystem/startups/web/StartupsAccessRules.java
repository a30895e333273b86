package vn.doimoi.ecosystem.startups.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * startups: a member keeps its organisation's profile (which organisation, checked in the service);
 * the list and recognised profiles are public, on the pages and in the API (a draft answers 404 to
 * others, in the service); STAFF decide.
 */
@Component
@Order(97)
class StartupsAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.any("/ecosystem/startups/my", "/ecosystem/startups/my/**")
                .hasRole(Role.ORG_MEMBER.name())
                .get("/ecosystem/startups", "/ecosystem/startups/*", "/api/v1/startups", "/api/v1/startups/*")
                .permitAll()
                .any("/staff/ecosystem/startups", "/staff/ecosystem/startups/**")
                .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name());
    }
}
