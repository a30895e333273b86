package vn.doimoi.ecosystem.awards;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import vn.doimoi.rules.RuleKind;

/**
 * The tie-break criteria of a review council's rule version ({@code review-council}, kept with the
 * council engine in {@code projects}): read here as data, only the part that orders a tie, so the
 * award follows the very version its council scored under. Not a bean: the kind belongs to projects.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CouncilTieBreak(Scoring scoring) {

    static final RuleKind<CouncilTieBreak> KIND = RuleKind.of("review-council", CouncilTieBreak.class);

    /** The criteria codes that order equal averages, the first one first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scoring(List<String> tieBreak) {

        Scoring {
            tieBreak = tieBreak == null ? List.of() : List.copyOf(tieBreak);
        }
    }
}
