package vn.doimoi.projects.councils;

import java.util.Map;
import java.util.UUID;
import vn.doimoi.projects.rules.CouncilRole;

/** What a signed-in member sees of their own seat: their sheets, votes and comments by item. */
public record MySeat(
        UUID personId,
        CouncilRole role,
        boolean excluded,
        boolean declared,
        boolean present,
        Map<UUID, Map<String, Integer>> scores,
        Map<UUID, Boolean> votes,
        Map<UUID, String> comments) {}
