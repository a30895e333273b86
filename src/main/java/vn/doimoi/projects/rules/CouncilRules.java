package vn.doimoi.projects.rules;

import java.util.ArrayList;
import java.util.List;

/** Composition and quorum of a council, checked before its meeting can start. */
public final class CouncilRules {

    private CouncilRules() {}

    /** A seat as the rules see it: its role, whether the member is excluded, whether present. */
    public record Seat(CouncilRole role, boolean excluded, boolean present) {}

    /** The broken composition rules, as message keys (empty when the council is well formed). */
    public static List<String> compositionProblems(RuleSet rules, List<Seat> seats) {
        RuleSet.Composition c = rules.composition();
        List<Seat> sitting = seats.stream().filter(s -> !s.excluded()).toList();
        List<String> problems = new ArrayList<>();
        if (sitting.size() < c.minMembers() || sitting.size() > c.maxMembers()) {
            problems.add("council.error.size");
        }
        if (count(sitting, CouncilRole.CHAIR) != c.chairs()) {
            problems.add("council.error.chair");
        }
        if (count(sitting, CouncilRole.REVIEWER) < c.minReviewers()) {
            problems.add("council.error.reviewers");
        }
        if (count(sitting, CouncilRole.SECRETARY) != c.secretaries()) {
            problems.add("council.error.secretary");
        }
        return problems;
    }

    /** The broken quorum rules for the members marked present (empty when the meeting may start). */
    public static List<String> quorumProblems(RuleSet rules, List<Seat> seats) {
        RuleSet.Quorum q = rules.quorum();
        List<Seat> sitting = seats.stream().filter(s -> !s.excluded()).toList();
        List<Seat> present = sitting.stream().filter(Seat::present).toList();
        List<String> problems = new ArrayList<>();
        if ((long) present.size() * q.denominator() < (long) sitting.size() * q.numerator()) {
            problems.add("council.error.quorum");
        }
        if (q.chairOrViceRequired()
                && count(present, CouncilRole.CHAIR) + count(present, CouncilRole.VICE_CHAIR) == 0) {
            problems.add("council.error.chairAbsent");
        }
        if (count(present, CouncilRole.REVIEWER) < q.reviewersRequired()) {
            problems.add("council.error.reviewersAbsent");
        }
        return problems;
    }

    private static long count(List<Seat> seats, CouncilRole role) {
        return seats.stream().filter(s -> s.role() == role).count();
    }
}
