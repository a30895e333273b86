package vn.doimoi.shared.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Collects URL rules in order, in the words of Spring Security's request matcher registry
 * ({@code rules.get("/news", "/news/**").permitAll()}), as {@link UrlRule} records.
 * Roles are named as the identity module's {@code Role} constants ({@code "STAFF"}).
 */
public final class UrlRules {

    private final String source;
    private final List<UrlRule> rules = new ArrayList<>();

    public UrlRules(String source) {
        this.source = source;
    }

    /** GET requests to these patterns. */
    public Grant get(String... patterns) {
        return new Grant(HttpMethod.GET, patterns);
    }

    /** POST requests to these patterns. */
    public Grant post(String... patterns) {
        return new Grant(HttpMethod.POST, patterns);
    }

    /** Requests of every method to these patterns. */
    public Grant any(String... patterns) {
        return new Grant(null, patterns);
    }

    /** The rules collected so far, in order. */
    public List<UrlRule> rules() {
        return List.copyOf(rules);
    }

    /** Who may make the requests just named; each method ends one rule. */
    public final class Grant {

        private final @Nullable HttpMethod method;
        private final List<String> patterns;

        private Grant(@Nullable HttpMethod method, String... patterns) {
            if (patterns.length == 0) {
                throw new IllegalArgumentException("a URL rule needs at least one pattern");
            }
            this.method = method;
            this.patterns = Arrays.asList(patterns);
        }

        public UrlRules permitAll() {
            return add(UrlRule.Access.PUBLIC, List.of());
        }

        public UrlRules authenticated() {
            return add(UrlRule.Access.SIGNED_IN, List.of());
        }

        public UrlRules hasRole(String role) {
            return add(UrlRule.Access.ROLES, List.of(role));
        }

        public UrlRules hasAnyRole(String... roles) {
            return add(UrlRule.Access.ROLES, List.of(roles));
        }

        private UrlRules add(UrlRule.Access access, List<String> roles) {
            rules.add(new UrlRule(source, method, patterns, access, roles));
            return UrlRules.this;
        }
    }
}
