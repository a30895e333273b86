package vn.doimoi.shared.security;

/**
 * The URL rules one module contributes to the application's single security filter chain: who may
 * reach its pages and API. Each module has one implementation, a Spring bean in its {@code web}
 * package; the identity module assembles them in their {@code @Order} between the global rules
 * (static files, sign-in, errors, operations) and the deny-by-default end (ADR 0039).
 *
 * <p>Rules are matched in order and the first match wins, so a module lists its specific rules
 * before its broader ones, and never claims another module's URLs.
 */
public interface ModuleAccessRules {

    /** Adds this module's rules, most specific first. */
    void contribute(UrlRules rules);
}
