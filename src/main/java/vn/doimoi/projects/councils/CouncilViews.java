package vn.doimoi.projects.councils;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.RuleSet;

/** Read records of a council: members, sheets, and the tally once the meeting has started. */
final class CouncilViews {

    private CouncilViews() {}

    static CouncilView of(
            Council council,
            RuleSet rules,
            Map<UUID, String> items,
            Function<UUID, @Nullable String> organisationName) {
        List<MemberView> members = council.members().stream()
                .map(s -> new MemberView(
                        s.personId(),
                        s.fullName(),
                        s.role(),
                        organisationName.apply(s.organisationId()),
                        s.excluded(),
                        s.conflicts(),
                        s.declared(),
                        s.declaredOnPaper(),
                        s.present(),
                        (int) council.sheets().stream()
                                .filter(x -> x.personId().equals(s.personId()))
                                .count()))
                .toList();
        List<ResultView> results = council.state() == CouncilState.FORMING
                ? List.of()
                : council.tally(rules, List.copyOf(items.keySet())).stream()
                        .map(r -> new ResultView(
                                r.dossierId(),
                                items.get(r.dossierId()),
                                r.sheets(),
                                r.average(),
                                r.criterionAverages(),
                                r.criteriaBelowMinimum(),
                                r.passed(),
                                r.rank(),
                                r.tied()))
                        .toList();
        Map<UUID, String> names = new HashMap<>();
        council.members().forEach(s -> names.put(s.personId(), s.fullName()));
        List<SheetView> sheets = council.sheets().stream()
                .map(s -> new SheetView(
                        names.get(s.personId()),
                        s.itemId(),
                        s.scores(),
                        s.total(),
                        s.recommends(),
                        s.comment(),
                        s.onPaper()))
                .toList();
        return new CouncilView(
                council.id(),
                council.purpose(),
                council.subjectId(),
                rules,
                council.state(),
                council.decisionNumber(),
                council.meetingStartedAt(),
                council.concludedAt(),
                members,
                items,
                results,
                sheets,
                council.votes(),
                council.version());
    }

    /** A member's own seat with their sheets, votes and comments by item. */
    static MySeat mySeat(Council council, Seat seat) {
        Map<UUID, Map<String, Integer>> scores = new LinkedHashMap<>();
        Map<UUID, Boolean> votes = new HashMap<>();
        Map<UUID, String> comments = new HashMap<>();
        for (ScoreSheet sheet : council.sheets()) {
            if (sheet.personId().equals(seat.personId())) {
                scores.put(sheet.itemId(), sheet.scores());
                if (sheet.recommends() != null) {
                    votes.put(sheet.itemId(), sheet.recommends());
                }
                comments.put(sheet.itemId(), sheet.comment() == null ? "" : sheet.comment());
            }
        }
        return new MySeat(
                seat.personId(),
                seat.role(),
                seat.excluded(),
                seat.declared(),
                seat.present(),
                scores,
                votes,
                comments);
    }
}
