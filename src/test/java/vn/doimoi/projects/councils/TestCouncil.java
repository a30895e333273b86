package vn.doimoi.projects.councils;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.Tally;

/**
 * A council aggregate for tests of the processes that use it (the aggregate itself stays package
 * private): seated in the roles given, every member declared and present, scoring and concluding.
 */
public final class TestCouncil {

    private final Council council;

    private TestCouncil(Council council) {
        this.council = council;
    }

    /** An identification council for a round, its members declared and present. */
    public static TestCouncil sittingForRound(UUID roundId, RuleSet rules, List<CouncilRole> roles, Instant now) {
        Council council = Council.forRound(roundId, rules.id(), "45/QĐ-SKHCN", now);
        Set<UUID> present = new HashSet<>();
        for (CouncilRole role : roles) {
            UUID person = UUID.randomUUID();
            council.seat(person, "Thành viên " + role, role, null, null, Set.of());
            council.declareNoConflict(person, now);
            present.add(person);
        }
        council.start(rules, present, now);
        return new TestCouncil(council);
    }

    public UUID id() {
        return council.id();
    }

    public List<UUID> memberIds() {
        return council.members().stream().map(Seat::personId).toList();
    }

    public void score(
            RuleSet rules,
            UUID personId,
            UUID itemId,
            List<UUID> items,
            Map<String, Integer> scores,
            @Nullable Boolean recommends,
            @Nullable String comment,
            Instant now) {
        council.score(rules, personId, itemId, items, scores, recommends, comment, now);
    }

    public List<Tally.Result> conclude(RuleSet rules, List<UUID> items, Instant now) {
        return council.conclude(rules, items, now);
    }

    /** For each item: {votes to recommend, sheets cast}, as the round counts them. */
    public Map<UUID, int[]> votes() {
        Map<UUID, int[]> votes = new HashMap<>();
        council.votes().forEach((item, v) -> votes.put(item, new int[] {v.inFavour(), v.cast()}));
        return votes;
    }
}
