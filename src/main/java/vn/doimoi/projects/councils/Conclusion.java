package vn.doimoi.projects.councils;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.doimoi.projects.rules.Tally;

/** What a concluded council decided: the tally per item (ranked) and, where it votes, the votes. */
public record Conclusion(List<Tally.Result> results, Map<UUID, Votes> votes) {}
