package vn.doimoi.projects.councils;

import java.util.ArrayList;
import java.util.List;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.Tally;
import vn.doimoi.shared.DomainException;

/**
 * The criteria score sheet of a rule set (phiếu đánh giá): every criterion marked within its
 * maximum, no unknown criterion, and a vote to recommend when the rule set makes the council vote
 * (identification, TT 33/2014). The one place a sheet is validated: the council calls it before
 * keeping a sheet, whoever entered it.
 */
final class ScoringForm {

    private ScoringForm() {}

    /** The sheet's problems as message keys, empty when the sheet may be kept. */
    static List<String> problems(RuleSet rules, SheetEntry entry) {
        List<String> problems = new ArrayList<>(Tally.sheetProblems(rules, entry.scores()));
        if (votes(rules) && entry.recommends() == null) {
            problems.add("identification.error.vote");
        }
        return problems;
    }

    /** Refuses a sheet that breaks the rule set, as bad input. */
    static void check(RuleSet rules, SheetEntry entry) {
        List<String> problems = problems(rules, entry);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems.get(0));
        }
    }

    /** Whether members of a council under these rules vote to recommend each item. */
    static boolean votes(RuleSet rules) {
        return rules.scoring().recommendShare() != null;
    }
}
