package vn.doimoi.projects.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.rules.RuleVersion;

/**
 * One version of the legal rules for a selection or identification council: composition, quorum,
 * conflicts of interest and the score sheet. A rule version of kind {@code selection-council} or
 * {@code identification-council} (ADR 0051), kept by the Department, each value citing its source.
 *
 * @param unverified paths of the values that are not verified against the official text
 */
public record RuleSet(
        String id,
        String title,
        LocalDate validFrom,
        List<String> sources,
        Composition composition,
        Quorum quorum,
        Set<ConflictKind> conflicts,
        Scoring scoring,
        List<String> unverified) {

    public RuleSet {
        sources = List.copyOf(sources);
        conflicts = Set.copyOf(conflicts);
        unverified = List.copyOf(unverified);
    }

    /** How many members of each role a council has, e.g. 7 = chair, vice, 2 reviewers, secretary, 2 members. */
    public record Composition(
            int minMembers, int maxMembers, int chairs, int minReviewers, int secretaries, String source) {}

    /** At least numerator/denominator of the members present, with the chair (or vice) and the reviewers. */
    public record Quorum(
            int numerator, int denominator, boolean chairOrViceRequired, int reviewersRequired, String source) {}

    /** The score sheet: criteria with maximum and minimum, a pass mark on the average total. */
    public record Scoring(
            List<Criterion> criteria,
            BigDecimal passTotal,
            String aggregation,
            List<String> tieBreak,
            @Nullable Share recommendShare,
            String source) {

        public Scoring {
            criteria = List.copyOf(criteria);
            tieBreak = List.copyOf(tieBreak);
        }

        public int maxTotal() {
            return criteria.stream().mapToInt(Criterion::max).sum();
        }

        public Criterion criterion(String code) {
            return criteria.stream()
                    .filter(c -> c.code().equals(code))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(code));
        }
    }

    /**
     * An identification council recommends a proposal when more than numerator/denominator of the
     * members present vote for it (TT 33/2014: more than 3/4).
     */
    public record Share(int numerator, int denominator) {

        public boolean exceededBy(long votesFor, long votesCast) {
            return votesCast > 0 && votesFor * denominator > votesCast * numerator;
        }
    }

    /** One criterion: its code, Vietnamese name, maximum points and the minimum a dossier needs. */
    public record Criterion(String code, String name, int max, int min) {}

    /** The values of a version, as the rule book stores them. */
    public record Body(Composition composition, Quorum quorum, Set<ConflictKind> conflicts, Scoring scoring) {}

    /** The rules of a published version: its code, title and start, its sources and unverified values. */
    public static RuleSet of(RuleVersion<Body> version) {
        List<String> sources = new ArrayList<>();
        sources.add(version.basis().citation());
        version.sources().values().stream()
                .distinct()
                .filter(s -> !sources.contains(s))
                .forEach(sources::add);
        Body body = version.values();
        return new RuleSet(
                version.code(),
                version.title(),
                version.validFrom(),
                sources,
                body.composition(),
                body.quorum(),
                body.conflicts(),
                body.scoring(),
                version.unverified().stream().sorted().toList());
    }

    /** Whether a value, or any value under it ({@code conflicts}, {@code scoring.criteria}), is unverified. */
    public boolean isUnverified(String value) {
        return unverified.stream()
                .anyMatch(path -> path.equals(value)
                        || path.replaceAll("\\[\\d+]", "").equals(value)
                        || path.startsWith(value + ".")
                        || path.startsWith(value + "["));
    }
}
