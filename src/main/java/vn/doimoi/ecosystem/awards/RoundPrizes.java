package vn.doimoi.ecosystem.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.ReviewCouncil;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.projects.ReviewOutcome;
import vn.doimoi.rules.RuleVersions;
import vn.doimoi.shared.DomainException;

/**
 * A round's council step, from opening its council to turning the council's results into prizes:
 * by average, a tie at a category's last place ordered by the tie-break criteria of the rule version
 * the council scored under ({@link PrizePlaces}); how each tie was settled is kept
 * ({@code ecosystem.award_tie_break}) for the round's pages and the honour roll.
 */
@Component
class RoundPrizes {

    private final ReviewCouncils councils;
    private final RuleVersions rules;
    private final JdbcClient jdbc;

    RoundPrizes(ReviewCouncils councils, RuleVersions rules, JdbcClient jdbc) {
        this.councils = councils;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** The council's scores as the tie-break reads them. */
    private record Judged(
            String ruleVersion,
            List<String> tieBreak,
            Map<String, String> criterionNames,
            Map<UUID, Map<String, BigDecimal>> criteria) {}

    /** Opens the round's council under the award family's rule version in force today. */
    UUID openCouncil(UUID roundId, @Nullable String decisionNumber) {
        return councils.open(
                RoundCouncil.KIND, roundId, councils.ruleVersionInForce(AwardRounds.COUNCIL_FAMILY), decisionNumber);
    }

    /**
     * The nominations awarded in every category of the round, STAFF's {@code chosen} settling a tie
     * the criteria cannot; refused, naming the nominees, while such a tie has no choice.
     */
    List<UUID> award(AwardRound round, AwardRule rule, List<Nomination> passed, Set<UUID> chosen) {
        Judged judged = judged(round);
        List<UUID> winners = new ArrayList<>();
        List<TieBreakNote> notes = new ArrayList<>();
        for (String code : round.categories()) {
            AwardRule.Category category = rule.category(code).orElseThrow();
            PrizePlaces.Result result = PrizePlaces.award(
                    contenders(passed, code, judged), category.maxPrizes(), judged.tieBreak(), chosen);
            PrizePlaces.Tie tie = result.tie();
            if (tie != null && !result.settled()) {
                throw DomainException.conflict(
                        "awards.error.tieNeedsStaff", category.name(), tie.placesLeft(), names(tie.undecided()));
            }
            winners.addAll(result.winners());
            if (tie != null) {
                notes.add(new TieBreakNote(
                        category.name(),
                        tie.average(),
                        names(tie.tied()),
                        tie.criterion() == null ? null : judged.criterionNames().get(tie.criterion()),
                        judged.ruleVersion()));
            }
        }
        notes.forEach(note -> store(round.id(), note));
        return winners;
    }

    /** The ties of a reviewed round that only STAFF can settle, for the decision form. */
    List<PendingTie> pending(AwardRound round, AwardRule rule, List<Nomination> passed) {
        Judged judged = judged(round);
        List<PendingTie> pending = new ArrayList<>();
        for (String code : round.categories()) {
            AwardRule.Category category = rule.category(code).orElseThrow();
            PrizePlaces.Result result = PrizePlaces.award(
                    contenders(passed, code, judged), category.maxPrizes(), judged.tieBreak(), Set.of());
            PrizePlaces.Tie tie = result.tie();
            if (tie != null && !result.settled()) {
                pending.add(new PendingTie(
                        category.name(),
                        tie.average(),
                        tie.placesLeft(),
                        tie.undecided().stream()
                                .map(c -> new PendingTie.Contender(c.id(), c.name()))
                                .toList()));
            }
        }
        return pending;
    }

    /** How the round's ties were settled, in the order of its categories. */
    List<TieBreakNote> notes(UUID roundId) {
        return jdbc.sql("""
                        SELECT category, average, tied, criterion, rule_version FROM ecosystem.award_tie_break
                        WHERE round_id = ? ORDER BY position""")
                .param(roundId)
                .query((rs, n) -> new TieBreakNote(
                        rs.getString("category"),
                        rs.getBigDecimal("average"),
                        rs.getString("tied"),
                        rs.getString("criterion"),
                        rs.getString("rule_version")))
                .list();
    }

    private void store(UUID roundId, TieBreakNote note) {
        jdbc.sql("""
                        INSERT INTO ecosystem.award_tie_break (round_id, position, category, average, tied, criterion,
                            rule_version)
                        VALUES (?, (SELECT count(*) FROM ecosystem.award_tie_break WHERE round_id = ?), ?, ?, ?, ?, ?)""")
                .params(
                        roundId,
                        roundId,
                        note.category(),
                        note.average(),
                        note.tied(),
                        note.criterion(),
                        note.ruleVersion())
                .update();
    }

    private Judged judged(AwardRound round) {
        UUID councilId = round.councilId();
        if (councilId == null) {
            return new Judged("", List.of(), Map.of(), Map.of());
        }
        ReviewCouncil council = councils.council(councilId);
        List<String> tieBreak = rules.version(CouncilTieBreak.KIND, council.ruleVersion())
                .values()
                .scoring()
                .tieBreak();
        Map<String, String> names = new LinkedHashMap<>();
        council.criteria().forEach(c -> names.put(c.code(), c.name()));
        Map<UUID, Map<String, BigDecimal>> criteria = council.results().stream()
                .collect(Collectors.toMap(
                        ReviewOutcome.ItemResult::itemId, ReviewOutcome.ItemResult::criterionAverages));
        return new Judged(council.ruleVersion(), tieBreak, names, criteria);
    }

    private static List<PrizePlaces.Contender> contenders(List<Nomination> passed, String category, Judged judged) {
        return passed.stream()
                .filter(n -> n.category().equals(category))
                .map(n -> new PrizePlaces.Contender(
                        n.id(),
                        n.nomineeName(),
                        n.councilAverage() == null ? BigDecimal.ZERO : n.councilAverage(),
                        judged.criteria().getOrDefault(n.id(), Map.of())))
                .toList();
    }

    private static String names(List<PrizePlaces.Contender> contenders) {
        return contenders.stream().map(PrizePlaces.Contender::name).collect(Collectors.joining("; "));
    }
}
