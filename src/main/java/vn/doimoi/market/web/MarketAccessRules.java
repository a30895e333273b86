package vn.doimoi.market.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRules;

/**
 * market: public listings, matches and API; members write; STAFF moderates. Whose listing or deal
 * it is, is checked in the services; the rest of {@code /market/**} needs a signed-in user.
 */
@Component
@Order(60)
class MarketAccessRules implements ModuleAccessRules {

    @Override
    public void contribute(UrlRules rules) {
        rules.get(
                        "/market",
                        "/market/listings/*",
                        "/market/listings/*/matches",
                        "/api/v1/market/listings",
                        "/api/v1/market/listings/*",
                        "/api/v1/market/listings/*/matches",
                        "/market/listings/*/attachments/*",
                        "/market/listings/*/attachments/*/thumbnail")
                .permitAll()
                .any("/staff/market", "/staff/market/**")
                .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name())
                .any("/market/demands/**", "/market/my/listings/**")
                .hasRole(Role.ORG_MEMBER.name());
    }
}
