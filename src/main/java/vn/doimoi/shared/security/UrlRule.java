package vn.doimoi.shared.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One URL rule as data: which requests (a method, or every method when {@code null}, and path
 * patterns) and who may make them. Kept as data so that the assembled chain can be checked for a
 * rule that another one shadows.
 *
 * @param source the module (or {@code global}) that contributed the rule
 * @param roles the roles, for {@link Access#ROLES}; empty otherwise
 */
public record UrlRule(
        String source, @Nullable HttpMethod method, List<String> patterns, Access access, List<String> roles) {

    /** Who may make the requests a rule matches. */
    public enum Access {
        PUBLIC,
        SIGNED_IN,
        /** Signed in with at least one of {@link UrlRule#roles()}. */
        ROLES
    }

    public UrlRule {
        patterns = List.copyOf(patterns);
        roles = List.copyOf(roles);
    }

    /** Whether this rule applies to requests of that method ({@code null}: of every method). */
    public boolean coversMethod(@Nullable HttpMethod other) {
        return method == null || method.equals(other);
    }
}
