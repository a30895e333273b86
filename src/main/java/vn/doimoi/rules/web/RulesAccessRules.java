package vn.doimoi.rules.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/** rules: the Department's staff reads and keeps the rule versions; nobody else sees the pages. */
@Component
@Order(75)
class RulesAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.any("/staff/rules", "/staff/rules/**").hasAnyRole(Role.ADMIN.name(), Role.STAFF.name());
        // the legal basis of a version a decision cites: public, like the decisions that cite it
        rules.get("/rules/*/*/basis").permitAll();
    }
}
