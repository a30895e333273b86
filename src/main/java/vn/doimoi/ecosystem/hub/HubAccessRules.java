package vn.doimoi.ecosystem.hub;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/** The ecosystem's hub page is public; the pages it leads to keep their own rules. */
@Component
@Order(92)
class HubAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get("/ecosystem").permitAll();
    }
}
