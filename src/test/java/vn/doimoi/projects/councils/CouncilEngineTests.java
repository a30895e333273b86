package vn.doimoi.projects.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.rules.Tally;
import vn.doimoi.shared.DomainException;

/**
 * The one council engine, the same for a call's selection council and a round's identification
 * council: paper declarations and paper sheets, a declared conflict, one validation of a sheet,
 * and quorum and tally by the rule set the council was formed under.
 */
class CouncilEngineTests {

    static final RuleSets RULE_SETS = new RuleSets();
    static final RuleSet SELECTION = RULE_SETS.get("TT20-2023");
    static final RuleSet IDENTIFICATION = RULE_SETS.get("XD-TT33-2014");
    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final CouncilRole[] SEVEN = {
        CouncilRole.CHAIR,
        CouncilRole.VICE_CHAIR,
        CouncilRole.REVIEWER,
        CouncilRole.REVIEWER,
        CouncilRole.SECRETARY,
        CouncilRole.MEMBER,
        CouncilRole.MEMBER
    };

    @Test
    void aSelectionCouncilTakesPaperDeclarationsAndPaperSheets() {
        Council council = new Council(CouncilPurpose.SELECTION, UUID.randomUUID(), SELECTION.id(), "15/QĐ", NOW);
        List<UUID> members = seatSeven(council);
        UUID dossier = UUID.randomUUID();

        members.forEach(m -> council.declareOnPaper(m, NOW));
        council.start(SELECTION, Set.copyOf(members), NOW);
        for (UUID member : members) {
            council.score(
                    SELECTION, member, dossier, List.of(dossier), SheetEntry.of(selectionMarks(16), "Đạt"), true, NOW);
        }

        assertThat(council.members())
                .allSatisfy(s -> assertThat(s.declaredOnPaper()).isTrue());
        assertThat(council.sheets())
                .hasSize(7)
                .allSatisfy(s -> assertThat(s.onPaper()).isTrue());
        assertThat(council.conclude(SELECTION, List.of(dossier), NOW).get(0).passed())
                .isTrue();
    }

    @Test
    void anIdentificationCouncilTakesPaperDeclarationsAndPaperSheetsWithTheirVotes() {
        Council council = Council.forRound(UUID.randomUUID(), IDENTIFICATION.id(), null, NOW);
        List<UUID> members = seatSeven(council);
        UUID proposal = UUID.randomUUID();

        members.forEach(m -> council.declareOnPaper(m, NOW));
        council.start(IDENTIFICATION, Set.copyOf(members), NOW);
        for (int i = 0; i < members.size(); i++) {
            council.score(
                    IDENTIFICATION,
                    members.get(i),
                    proposal,
                    List.of(proposal),
                    new SheetEntry(identificationMarks(20), i < 6, null),
                    true,
                    NOW);
        }

        assertThat(council.purpose()).isEqualTo(CouncilPurpose.IDENTIFICATION);
        assertThat(council.sheets()).allSatisfy(s -> assertThat(s.onPaper()).isTrue());
        assertThat(council.votes().get(proposal)).isEqualTo(new Votes(6, 7));
        assertThat(IDENTIFICATION.scoring().recommendShare().exceededBy(6, 7)).isTrue();
    }

    @Test
    void aMemberMayNotOverwriteTheSheetStaffTypedFromTheirSignedPaper() {
        Council council = new Council(CouncilPurpose.SELECTION, UUID.randomUUID(), SELECTION.id(), null, NOW);
        List<UUID> members = seatSeven(council);
        UUID dossier = UUID.randomUUID();
        members.forEach(m -> council.declareNoConflict(m, NOW));
        council.start(SELECTION, Set.copyOf(members), NOW);

        council.score(
                SELECTION,
                members.get(0),
                dossier,
                List.of(dossier),
                SheetEntry.of(selectionMarks(14), null),
                true,
                NOW);

        refused(
                () -> council.score(
                        SELECTION, members.get(0), dossier, List.of(dossier), selectionMarks(10), null, NOW),
                DomainException.Kind.CONFLICT,
                "council.error.paperSheet");
        council.score(SELECTION, members.get(1), dossier, List.of(dossier), selectionMarks(14), null, NOW);
        council.score(SELECTION, members.get(1), dossier, List.of(dossier), selectionMarks(12), null, NOW);
        assertThat(council.sheet(members.get(1), dossier).orElseThrow().total()).isEqualByComparingTo("60");
    }

    @Test
    void aMemberWhoDeclaresAConflictIsOffTheCouncil() {
        Council council = new Council(CouncilPurpose.SELECTION, UUID.randomUUID(), SELECTION.id(), null, NOW);
        List<UUID> members = seatSeven(council);
        UUID extra = UUID.randomUUID();
        council.seat(extra, "Ủy viên thêm", CouncilRole.MEMBER, null, null, Set.of());
        council.declareNoConflict(extra, NOW);

        council.declareConflict(extra);

        Seat seat = council.seat(extra).orElseThrow();
        assertThat(seat.excluded()).isTrue();
        assertThat(seat.conflicts()).containsExactly(ConflictKind.DECLARED_BY_MEMBER);
        assertThat(seat.declared()).isFalse();
        refused(() -> council.declareNoConflict(extra, NOW), DomainException.Kind.FORBIDDEN, "council.error.excluded");
        members.forEach(m -> council.declareNoConflict(m, NOW));
        council.start(
                SELECTION,
                Set.of(members.get(0), members.get(2), members.get(3), members.get(4), members.get(5), extra),
                NOW);
        assertThat(council.seat(extra).orElseThrow().present()).isFalse();
        UUID dossier = UUID.randomUUID();
        refused(
                () -> council.score(SELECTION, extra, dossier, List.of(dossier), selectionMarks(14), null, NOW),
                DomainException.Kind.FORBIDDEN,
                "council.error.excluded");
        refused(
                () -> council.declareConflict(members.get(0)),
                DomainException.Kind.CONFLICT,
                "council.error.transition");
    }

    @Test
    void anInvalidSheetIsRefusedOnceAsBadInputWhoeverEntersIt() {
        Council council = Council.forRound(UUID.randomUUID(), IDENTIFICATION.id(), null, NOW);
        List<UUID> members = seatSeven(council);
        members.forEach(m -> council.declareNoConflict(m, NOW));
        council.start(IDENTIFICATION, Set.copyOf(members), NOW);
        UUID proposal = UUID.randomUUID();
        UUID member = members.get(0);

        Map<String, Integer> tooHigh = new LinkedHashMap<>(identificationMarks(20));
        tooHigh.put("RESOURCES", 11);
        refused(
                () -> council.score(
                        IDENTIFICATION,
                        member,
                        proposal,
                        List.of(proposal),
                        new SheetEntry(tooHigh, true, null),
                        false,
                        NOW),
                DomainException.Kind.INVALID,
                "scoring.error.range");
        refused(
                () -> council.score(
                        IDENTIFICATION,
                        member,
                        proposal,
                        List.of(proposal),
                        new SheetEntry(Map.of("URGENCY", 20), true, null),
                        true,
                        NOW),
                DomainException.Kind.INVALID,
                "scoring.error.missing");
        refused(
                () -> council.score(
                        IDENTIFICATION,
                        member,
                        proposal,
                        List.of(proposal),
                        new SheetEntry(identificationMarks(20), null, null),
                        true,
                        NOW),
                DomainException.Kind.INVALID,
                "identification.error.vote");
        assertThat(ScoringForm.problems(SELECTION, SheetEntry.of(selectionMarks(14), null)))
                .isEmpty();
        assertThat(council.sheets()).isEmpty();
    }

    @Test
    void quorumAndTallyFollowTheRuleSetTheCouncilWasFormedUnder() {
        Council council = new Council(CouncilPurpose.SELECTION, UUID.randomUUID(), SELECTION.id(), null, NOW);
        List<UUID> members = seatSeven(council);
        members.forEach(m -> council.declareNoConflict(m, NOW));
        // 4 of 7 is under the 2/3 quorum; without the two reviewers the meeting cannot start either
        refused(
                () -> council.start(SELECTION, Set.copyOf(members.subList(0, 4)), NOW),
                DomainException.Kind.REFUSED,
                "council.error.quorum");
        refused(
                () -> council.start(
                        SELECTION,
                        Set.of(members.get(0), members.get(1), members.get(4), members.get(5), members.get(6)),
                        NOW),
                DomainException.Kind.REFUSED,
                "council.error.reviewersAbsent");
        Set<UUID> present = Set.of(members.get(0), members.get(2), members.get(3), members.get(4), members.get(5));
        council.start(SELECTION, present, NOW);
        UUID strong = UUID.randomUUID();
        UUID weak = UUID.randomUUID();
        List<UUID> dossiers = List.of(weak, strong);
        refused(
                () -> council.conclude(SELECTION, dossiers, NOW),
                DomainException.Kind.REFUSED,
                "council.error.missingSheets");
        for (UUID member : present) {
            council.score(SELECTION, member, strong, dossiers, selectionMarks(16), null, NOW);
            council.score(SELECTION, member, weak, dossiers, selectionMarks(9), null, NOW);
        }

        List<Tally.Result> results = council.conclude(SELECTION, dossiers, NOW);

        assertThat(results.get(0).dossierId()).isEqualTo(strong);
        assertThat(results.get(0).rank()).isEqualTo(1);
        assertThat(results.get(0).sheets()).isEqualTo(5);
        assertThat(results)
                .filteredOn(r -> r.dossierId().equals(weak))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.passed()).isFalse();
                    assertThat(r.rank()).isZero();
                });
        assertThat(council.state()).isEqualTo(CouncilState.CONCLUDED);
    }

    /** Seven members in the rule set's roles, without conflicts. */
    static List<UUID> seatSeven(Council council) {
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < SEVEN.length; i++) {
            UUID person = UUID.randomUUID();
            council.seat(person, "Thành viên " + i, SEVEN[i], null, null, Set.of());
            members.add(person);
        }
        return members;
    }

    /** Selection marks of about {@code each} per criterion, capped at each criterion's maximum. */
    static Map<String, Integer> selectionMarks(int each) {
        Map<String, Integer> marks = new LinkedHashMap<>();
        SELECTION.scoring().criteria().forEach(c -> marks.put(c.code(), Math.min(each, c.max())));
        return marks;
    }

    static Map<String, Integer> identificationMarks(int each) {
        Map<String, Integer> marks = new LinkedHashMap<>();
        IDENTIFICATION.scoring().criteria().forEach(c -> marks.put(c.code(), Math.min(each, c.max())));
        return marks;
    }

    static void refused(Runnable action, DomainException.Kind kind, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(kind))
                .hasMessage(key);
    }
}
