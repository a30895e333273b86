package vn.doimoi.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A review council as other modules see it: its subject, rule version, state, members with their
 * declarations and attendance, the score sheet's criteria and — once in session — the tally.
 */
public record ReviewCouncil(
        UUID id,
        String subjectKind,
        UUID subjectId,
        String title,
        String ruleVersion,
        String ruleTitle,
        State state,
        @Nullable String decisionNumber,
        @Nullable Instant concludedAt,
        List<Member> members,
        List<Criterion> criteria,
        BigDecimal passTotal,
        List<ReviewOutcome.ItemResult> results,
        long version) {

    public ReviewCouncil {
        members = List.copyOf(members);
        criteria = List.copyOf(criteria);
        results = List.copyOf(results);
    }

    /** FORMING → IN_SESSION (composition, declarations and quorum checked) → CONCLUDED. */
    public enum State {
        FORMING,
        IN_SESSION,
        CONCLUDED
    }

    /** A member: excluded when a conflict was found or declared; sheets handed in so far. */
    public record Member(
            UUID personId,
            String fullName,
            ReviewRole role,
            boolean excluded,
            List<String> conflicts,
            boolean declared,
            boolean present,
            int sheets) {

        public Member {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** A criterion of the score sheet, from the rule version: code, name, maximum, the minimum to pass. */
    public record Criterion(String code, String name, int max, int min) {}

    /** The page where members and STAFF work on this council. */
    public String page() {
        return ReviewCouncils.page(id);
    }
}
