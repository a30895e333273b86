package vn.doimoi.identity.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.util.ClassUtils;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.security.UrlRule;
import vn.doimoi.shared.security.UrlRules;

/**
 * The application's URL rules in the order they are matched (first match wins): the global rules
 * every page needs (static files, sign-in, errors, API documentation, operations), then each
 * module's {@link ModuleAccessRules} in their {@code @Order}, then the global end: the rest of
 * {@code /admin/**} is the administrator's and everything else needs a signed-in user (ADR 0039).
 */
final class UrlRuleChain {

    static final String GLOBAL = "global";

    private final List<UrlRule> rules;

    /** @param modules each module's rules, already in their {@code @Order} (as Spring injects a list) */
    UrlRuleChain(List<ModuleAccessRules> modules) {
        List<UrlRule> all = new ArrayList<>(globalStart());
        for (ModuleAccessRules module : modules) {
            UrlRules contributed = new UrlRules(moduleOf(module));
            module.contribute(contributed);
            all.addAll(contributed.rules());
        }
        all.addAll(globalEnd());
        this.rules = List.copyOf(all);
    }

    /** Every rule, in matching order; the final "signed in for anything else" is not listed. */
    List<UrlRule> rules() {
        return rules;
    }

    void applyTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
        for (UrlRule rule : rules) {
            String[] patterns = rule.patterns().toArray(String[]::new);
            var requests = rule.method() == null
                    ? registry.requestMatchers(patterns)
                    : registry.requestMatchers(rule.method(), patterns);
            switch (rule.access()) {
                case PUBLIC -> requests.permitAll();
                case SIGNED_IN -> requests.authenticated();
                case ROLES -> requests.hasAnyRole(rule.roles().toArray(String[]::new));
            }
        }
        registry.anyRequest().authenticated();
    }

    private static List<UrlRule> globalStart() {
        return new UrlRules(GLOBAL)
                .any("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error")
                .permitAll()
                .get("/login")
                .permitAll()
                .any("/api/docs", "/api/docs.yaml", "/api/docs/**", "/api/swagger-ui.html", "/api/swagger-ui/**")
                .permitAll()
                .any("/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                .any("/actuator/**")
                .hasRole(Role.ADMIN.name())
                .rules();
    }

    private static List<UrlRule> globalEnd() {
        // A module's administration pages say who else may use them; any other is the administrator's.
        return new UrlRules(GLOBAL).any("/admin/**").hasRole(Role.ADMIN.name()).rules();
    }

    /** The module a contribution comes from: the package segment after {@code vn.doimoi}. */
    static String moduleOf(ModuleAccessRules module) {
        String name = ClassUtils.getUserClass(module).getPackageName();
        String[] parts = name.split("\\.");
        return parts.length > 2 ? parts[2] : name;
    }
}
