package vn.doimoi.projects.councils;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.RuleSet;

/**
 * A council as the engine knows it: what it advises on, its rule set, members, the items it
 * scores (by name, in order), sheets and — once in session — the tally.
 */
public record CouncilView(
        UUID id,
        CouncilPurpose purpose,
        UUID subjectId,
        RuleSet rules,
        CouncilState state,
        @Nullable String decisionNumber,
        @Nullable Instant meetingStartedAt,
        @Nullable Instant concludedAt,
        List<MemberView> members,
        Map<UUID, String> items,
        List<ResultView> results,
        List<SheetView> sheets,
        Map<UUID, Votes> votes,
        long version) {}
