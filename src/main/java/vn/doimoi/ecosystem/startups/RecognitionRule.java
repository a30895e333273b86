package vn.doimoi.ecosystem.startups;

import java.util.List;
import vn.doimoi.rules.RuleKind;

/**
 * What the Department checks before it recognises a startup or an innovation organisation (kind
 * {@code startup-recognition}, ADR 0072). Decree 268/2025 provides for the recognition; the figures
 * (age, team) are the Department's working values until a circular gives them, so the shipped
 * version marks them unverified.
 *
 * @param maxStartupAgeYears a startup applies within this many years of its founding
 * @param minTeamSize the fewest people a startup's team has
 * @param criteria what STAFF confirm, one by one, for the kinds each names (none: every kind)
 */
public record RecognitionRule(int maxStartupAgeYears, int minTeamSize, List<Criterion> criteria) {

    public static final RuleKind<RecognitionRule> KIND = RuleKind.of("startup-recognition", RecognitionRule.class);

    /** One criterion STAFF confirm; {@code kinds} empty means it applies to every kind. */
    public record Criterion(String code, String name, List<InnovatorKind> kinds) {

        public Criterion {
            if (code == null || !code.matches("[A-Z][A-Z_]{1,59}") || name == null || name.isBlank()) {
                throw new IllegalArgumentException("startup-recognition: a criterion needs a code and a name");
            }
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }

        public boolean appliesTo(InnovatorKind kind) {
            return kinds.isEmpty() || kinds.contains(kind);
        }
    }

    public RecognitionRule {
        if (maxStartupAgeYears < 1 || maxStartupAgeYears > 30 || minTeamSize < 1 || minTeamSize > 100) {
            throw new IllegalArgumentException("startup-recognition: the age or the team size");
        }
        if (criteria == null || criteria.isEmpty()) {
            throw new IllegalArgumentException("startup-recognition: no criterion");
        }
        criteria = List.copyOf(criteria);
    }

    /** The criteria STAFF confirm for an organisation of this kind. */
    public List<Criterion> criteriaFor(InnovatorKind kind) {
        return criteria.stream().filter(c -> c.appliesTo(kind)).toList();
    }
}
