package vn.doimoi.traceability.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * traceability: what a scan opens is public (the Digital Link resolver, the consumer page, the
 * product's picture and certificates, the resolver's description); members keep their
 * organisation's catalogue (whose records they are is checked in the services); the staff read all.
 */
@Component
@Order(90)
class TraceabilityAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get(
                        "/01/**",
                        "/truy-xuat/01/**",
                        "/truy-xuat/products/*/image",
                        "/truy-xuat/certifications/*/file",
                        "/.well-known/gs1resolver")
                .permitAll()
                // the portal export (issue 20): the lot's enterprise or the staff (whose lot: in the controller)
                .get("/api/v1/traceability/portal-export/**")
                .hasAnyRole(Role.ORG_MEMBER.name(), Role.STAFF.name(), Role.ADMIN.name())
                .any("/staff/traceability", "/staff/traceability/**")
                .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name())
                .any("/traceability", "/traceability/**")
                .hasRole(Role.ORG_MEMBER.name());
    }
}
