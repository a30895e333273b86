package vn.doimoi.projects.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts the score sheets of a council (biên bản kiểm phiếu): the average per criterion and in
 * total for each dossier, whether it passes (pass mark and every criterion's minimum), and the
 * ranking, ties broken by the rule set's criteria in order; a tie they cannot break is reported.
 */
public final class Tally {

    private Tally() {}

    /** One member's marks for one dossier, by criterion code. */
    public record Sheet(UUID memberId, UUID dossierId, Map<String, Integer> scores) {

        public Sheet {
            scores = Map.copyOf(scores);
        }

        public int total() {
            return scores.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A dossier's counted result; rank is 0 for a dossier that does not pass. */
    public record Result(
            UUID dossierId,
            int sheets,
            BigDecimal average,
            Map<String, BigDecimal> criterionAverages,
            List<String> criteriaBelowMinimum,
            boolean passed,
            int rank,
            boolean tied) {}

    /** Checks one sheet against the score sheet's maxima (message keys of the problems). */
    public static List<String> sheetProblems(RuleSet rules, Map<String, Integer> scores) {
        List<String> problems = new ArrayList<>();
        for (RuleSet.Criterion criterion : rules.scoring().criteria()) {
            Integer points = scores.get(criterion.code());
            if (points == null) {
                problems.add("scoring.error.missing");
            } else if (points < 0 || points > criterion.max()) {
                problems.add("scoring.error.range");
            }
        }
        if (!rules.scoring().criteria().stream()
                .map(RuleSet.Criterion::code)
                .toList()
                .containsAll(scores.keySet())) {
            problems.add("scoring.error.unknownCriterion");
        }
        return problems.stream().distinct().toList();
    }

    public static List<Result> count(RuleSet rules, List<UUID> dossierIds, List<Sheet> sheets) {
        RuleSet.Scoring scoring = rules.scoring();
        List<Result> unranked = new ArrayList<>();
        for (UUID dossier : dossierIds) {
            List<Sheet> mine =
                    sheets.stream().filter(s -> s.dossierId().equals(dossier)).toList();
            Map<String, BigDecimal> averages = new LinkedHashMap<>();
            List<String> below = new ArrayList<>();
            for (RuleSet.Criterion criterion : scoring.criteria()) {
                BigDecimal average = average(mine.stream()
                        .map(s -> s.scores().getOrDefault(criterion.code(), 0))
                        .toList());
                averages.put(criterion.code(), average);
                if (average.compareTo(BigDecimal.valueOf(criterion.min())) < 0) {
                    below.add(criterion.code());
                }
            }
            BigDecimal total = average(mine.stream().map(Sheet::total).toList());
            boolean passed = !mine.isEmpty() && below.isEmpty() && total.compareTo(scoring.passTotal()) >= 0;
            unranked.add(new Result(dossier, mine.size(), total, averages, below, passed, 0, false));
        }
        Comparator<Result> order = Comparator.comparing(Result::average).reversed();
        for (String code : scoring.tieBreak()) {
            order = order.thenComparing(
                    Comparator.comparing((Result r) -> r.criterionAverages().get(code))
                            .reversed());
        }
        List<Result> passing =
                unranked.stream().filter(Result::passed).sorted(order).toList();
        List<Result> ranked = new ArrayList<>();
        for (int i = 0; i < passing.size(); i++) {
            Result r = passing.get(i);
            boolean tiedBefore = i > 0 && order.compare(passing.get(i - 1), r) == 0;
            boolean tiedAfter = i + 1 < passing.size() && order.compare(r, passing.get(i + 1)) == 0;
            int rank = i + 1;
            if (tiedBefore) {
                rank = ranked.get(i - 1).rank();
            }
            ranked.add(new Result(
                    r.dossierId(),
                    r.sheets(),
                    r.average(),
                    r.criterionAverages(),
                    r.criteriaBelowMinimum(),
                    true,
                    rank,
                    tiedBefore || tiedAfter));
        }
        unranked.stream().filter(r -> !r.passed()).forEach(ranked::add);
        return ranked;
    }

    private static BigDecimal average(List<Integer> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
