package vn.doimoi.opendata.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/** opendata: the OAI-PMH endpoint is public, as the records it serves are (ADR 0048). */
@Component
@Order(80)
class OaiAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get("/oai").permitAll();
    }
}
