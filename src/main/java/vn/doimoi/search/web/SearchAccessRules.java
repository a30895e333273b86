package vn.doimoi.search.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/** search: the search page and its API are public. */
@Component
@Order(10)
class SearchAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get("/search", "/api/v1/search").permitAll();
    }
}
