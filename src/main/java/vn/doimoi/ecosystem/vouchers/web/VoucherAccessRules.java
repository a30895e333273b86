package vn.doimoi.ecosystem.vouchers.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * Support programmes and vouchers: programmes are public; members apply and spend their
 * organisation's vouchers; whoever acts for a provider answers its requests (a member or a broker,
 * checked against the redemption in the services); the Department decides and pays.
 */
@Component
@Order(93)
class VoucherAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get("/ecosystem/vouchers", "/ecosystem/vouchers/programmes/*")
                .permitAll()
                .any("/staff/ecosystem/vouchers", "/staff/ecosystem/vouchers/**")
                .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name())
                .any("/ecosystem/vouchers/programmes/*/apply", "/ecosystem/vouchers/my", "/ecosystem/vouchers/my/**")
                .hasRole(Role.ORG_MEMBER.name())
                .any(
                        "/ecosystem/vouchers/provider",
                        "/ecosystem/vouchers/provider/**",
                        "/ecosystem/vouchers/redemptions/**")
                .authenticated();
    }
}
