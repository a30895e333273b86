package vn.doimoi.portal.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/** portal: the home page, news, documents, feeds and sitemap are public; editors, staff and administrators edit. */
@Component
@Order(30)
class PortalAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get("/", "/news", "/news/**", "/documents", "/documents/**", "/rss/**", "/files/*", "/sitemap.xml")
                .permitAll()
                .any("/editor/**")
                .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name(), Role.EDITOR.name());
    }
}
