package vn.doimoi.ecosystem.awards;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.doimoi.rules.RuleKind;

/**
 * The rule of the provincial S&T awards (kind {@value #CODE}): the categories a round may offer,
 * whom each honours and how many prizes it gives, and how many evidence files a nomination holds.
 * Decree 263/2025 covers awards but leaves the categories and numbers to the province, so every
 * value of the bundled version is unverified.
 */
public record AwardRule(int maxFiles, List<Category> categories) {

    static final String CODE = "sti-award";

    public static final RuleKind<AwardRule> KIND = RuleKind.of(CODE, AwardRule.class);

    /** Whom a category honours. */
    public enum Nominee {
        PERSON,
        ORGANISATION,
        ANY;

        boolean admits(NomineeKind kind) {
            return this == ANY || name().equals(kind.name());
        }
    }

    /** One category of the award and the most prizes a round gives in it. */
    public record Category(String code, String name, Nominee nominee, int maxPrizes) {

        public Category {
            if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,59}") || name == null || name.isBlank()) {
                throw new IllegalArgumentException("sti-award: a category needs a code and a name");
            }
            if (nominee == null || maxPrizes < 1 || maxPrizes > 100) {
                throw new IllegalArgumentException("sti-award: a category's nominee and prizes");
            }
        }
    }

    public AwardRule {
        if (maxFiles < 1 || maxFiles > 50) {
            throw new IllegalArgumentException("sti-award: maxFiles between 1 and 50");
        }
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("sti-award: no category");
        }
        Set<String> codes = new HashSet<>();
        categories.forEach(c -> {
            if (!codes.add(c.code())) {
                throw new IllegalArgumentException("sti-award: category twice: " + c.code());
            }
        });
        categories = List.copyOf(categories);
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
