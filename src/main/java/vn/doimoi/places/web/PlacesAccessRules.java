package vn.doimoi.places.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/** places: the official list is public, read by anyone (the address forms' script among them). */
@Component
@Order(85)
class PlacesAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get("/api/v1/places/provinces", "/api/v1/places/provinces/*/communes")
                .permitAll();
    }
}
