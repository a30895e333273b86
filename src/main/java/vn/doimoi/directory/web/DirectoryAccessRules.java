package vn.doimoi.directory.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * directory: organisations and people are public (pages and API); a member edits its own
 * organisation (which one is checked in {@code Organisations}); the Department's staff keep the
 * directory; field codes are the administrator's. Roles by name: identity depends on directory.
 */
@Component
@Order(20)
class DirectoryAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get("/organisations", "/organisations/*", "/people", "/people/*")
                .permitAll()
                .get("/api/v1/organisations", "/api/v1/organisations/*")
                .permitAll()
                // directory-rest (issue 4): the public people API.
                .get("/api/v1/people", "/api/v1/people/*")
                .permitAll()
                .any("/my-organisation")
                .hasRole("ORG_MEMBER")
                .any("/admin/organisations", "/admin/organisations/**", "/admin/people/**", "/admin/experts")
                .hasAnyRole("ADMIN", "STAFF")
                .any("/admin/field-codes", "/admin/field-codes/**")
                .hasRole("ADMIN");
    }
}
