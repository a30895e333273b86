package vn.doimoi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.shared.security.UrlRule;

/**
 * The chain each module's URL rules are assembled into (first match wins): no module's rule is
 * shadowed by a rule before it from another module or from the global start, and none of a
 * module's own rules is dead behind a broader one of its own. Exact decisions per route and role
 * are the authorisation matrix's to check.
 */
@DoimoiSpringTest
class UrlRuleChainTests {

    @Autowired
    UrlRuleChain chain;

    @Test
    void startsWithTheGlobalRulesAndEndsWithTheAdministratorsFallback() {
        List<UrlRule> rules = chain.rules();

        assertThat(rules.get(0).source()).isEqualTo(UrlRuleChain.GLOBAL);
        assertThat(rules.get(0).patterns()).contains("/css/**", "/error");
        UrlRule last = rules.get(rules.size() - 1);
        assertThat(last.source()).isEqualTo(UrlRuleChain.GLOBAL);
        assertThat(last.patterns()).containsExactly("/admin/**");
    }

    @Test
    void eachModuleContributesItsOwnRulesInOneBlock() {
        List<String> blocks = new ArrayList<>();
        for (UrlRule rule : chain.rules()) {
            if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).equals(rule.source())) {
                blocks.add(rule.source());
            }
        }

        assertThat(blocks.subList(1, blocks.size() - 1))
                .as("module blocks between the global start and end")
                .doesNotHaveDuplicates()
                .contains("search", "directory", "portal", "identity", "programs", "market", "projects")
                .doesNotContain(UrlRuleChain.GLOBAL);
    }

    @Test
    void noModuleRuleIsShadowedByAnEarlierRule() {
        List<UrlRule> rules = chain.rules();
        List<String> shadowed = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            UrlRule rule = rules.get(i);
            if (rule.source().equals(UrlRuleChain.GLOBAL)) {
                continue; // the global end is meant to catch what the modules leave
            }
            for (String pattern : rule.patterns()) {
                for (String sample : samples(pattern)) {
                    for (UrlRule earlier : rules.subList(0, i)) {
                        if (shadows(earlier, rule, sample)) {
                            shadowed.add(rule.source() + " " + rule.method() + " " + pattern + " (as " + sample
                                    + ") behind " + earlier.source() + " " + earlier.method() + " "
                                    + earlier.patterns());
                        }
                    }
                }
            }
        }

        assertThat(shadowed).as("rules that an earlier rule shadows").isEmpty();
    }

    @Test
    void theCheckFindsARuleShadowedByAnotherModule() {
        UrlRule broad = new UrlRule("a", null, List.of("/staff/**"), UrlRule.Access.ROLES, List.of("ADMIN"));
        UrlRule specific = new UrlRule(
                "b", org.springframework.http.HttpMethod.GET, List.of("/staff/b/*"), UrlRule.Access.PUBLIC, List.of());

        assertThat(shadows(broad, specific, samples("/staff/b/*").get(0))).isTrue();
        assertThat(shadows(specific, broad, samples("/staff/**").get(0))).isFalse();
    }

    /**
     * Whether a request that {@code rule} means to decide is decided by {@code earlier} first:
     * another source overlapping it for any method, or the same source covering it for all of its.
     */
    private static boolean shadows(UrlRule earlier, UrlRule rule, String sample) {
        boolean sameSource = earlier.source().equals(rule.source());
        boolean methods = sameSource
                ? earlier.coversMethod(rule.method())
                : rule.method() == null || earlier.coversMethod(rule.method());
        return methods
                && earlier.patterns().stream()
                        .anyMatch(other -> PathPatternParser.defaultInstance
                                .parse(other)
                                .matches(PathContainer.parsePath(sample)));
    }

    /** Concrete paths a pattern matches: a name for each wildcard, with and without a trailing {@code /**}. */
    private static List<String> samples(String pattern) {
        String named = pattern.replaceAll("\\{[^}]+}", "x");
        if (named.endsWith("/**")) {
            String base = named.substring(0, named.length() - 3).replace("*", "x");
            return List.of(base.isEmpty() ? "/" : base, base + "/x/y");
        }
        return List.of(named.replace("*", "x"));
    }
}
