package vn.doimoi.opendata.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/** opendata: the OAI-PMH endpoint and the JSON change feeds are public, as the records they serve are (ADR 0048). */
@Component
@Order(80)
class OpenDataAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get("/oai", "/api/v1/open-data/*").permitAll();
    }
}
