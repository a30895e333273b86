package vn.doimoi.ecosystem.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who takes a category's prizes: the passed nominations by council average, highest first. When the
 * last prize place falls inside a group with the same average, the council rule version's tie-break
 * criteria order the group (the average of the first criterion, then the next, ...); if the last one
 * in and the first one out are still equal on all of them, STAFF choose who takes the remaining
 * places, and nothing is awarded until they do: never an arbitrary order such as who was first to
 * be nominated.
 */
final class PrizePlaces {

    /** A passed nomination as the council scored it: its average and its criteria's averages. */
    record Contender(UUID id, String name, BigDecimal average, Map<String, BigDecimal> criteria) {}

    /**
     * How a tie at the last prize place was settled.
     *
     * @param tied the nominations with the tied average, in the order the criteria put them
     * @param criterion the tie-break criterion that separated the last one in from the first one out;
     *     null when STAFF chose
     * @param undecided the ones still equal on every criterion among whom STAFF must choose; empty once settled
     * @param placesLeft how many of {@code undecided} take a prize
     */
    record Tie(
            BigDecimal average,
            List<Contender> tied,
            @Nullable String criterion,
            List<Contender> undecided,
            int placesLeft) {

        boolean needsStaff() {
            return criterion == null;
        }
    }

    /** The winners, and the tie at the last place when there was one. */
    record Result(List<UUID> winners, @Nullable Tie tie, boolean settled) {}

    private PrizePlaces() {}

    /**
     * @param contenders the category's passed nominations
     * @param prizes how many prizes the category gives
     * @param tieBreak the criteria codes of the council's rule version, in order
     * @param chosen STAFF's choice among the nominations still tied; ignored when the criteria settle it
     */
    static Result award(List<Contender> contenders, int prizes, List<String> tieBreak, Set<UUID> chosen) {
        List<Contender> byAverage = contenders.stream()
                .sorted(Comparator.comparing(Contender::average).reversed())
                .toList();
        if (byAverage.size() <= prizes) {
            return new Result(ids(byAverage), null, true);
        }
        BigDecimal last = byAverage.get(prizes - 1).average();
        if (byAverage.get(prizes).average().compareTo(last) < 0) {
            return new Result(ids(byAverage.subList(0, prizes)), null, true);
        }
        List<Contender> above =
                byAverage.stream().filter(c -> c.average().compareTo(last) > 0).toList();
        Comparator<Contender> criteria = criteria(tieBreak);
        List<Contender> group = byAverage.stream()
                .filter(c -> c.average().compareTo(last) == 0)
                .sorted(criteria)
                .toList();
        int left = prizes - above.size();
        Contender lastIn = group.get(left - 1);
        Contender firstOut = group.get(left);
        List<UUID> winners = new ArrayList<>(ids(above));
        String decisive = decisive(lastIn, firstOut, tieBreak);
        if (decisive != null) {
            winners.addAll(ids(group.subList(0, left)));
            return new Result(winners, new Tie(last, group, decisive, List.of(), left), true);
        }
        List<Contender> better =
                group.stream().filter(c -> criteria.compare(c, lastIn) < 0).toList();
        List<Contender> undecided =
                group.stream().filter(c -> criteria.compare(c, lastIn) == 0).toList();
        int places = left - better.size();
        List<UUID> picked =
                undecided.stream().map(Contender::id).filter(chosen::contains).toList();
        boolean settled =
                picked.size() == places && chosen.stream().allMatch(id -> isIn(id, undecided) || !isIn(id, group));
        winners.addAll(ids(better));
        if (settled) {
            winners.addAll(picked);
        }
        return new Result(winners, new Tie(last, group, null, undecided, places), settled);
    }

    /** The first tie-break criterion on which the two differ, or null when they are equal on all. */
    private static @Nullable String decisive(Contender in, Contender out, List<String> tieBreak) {
        for (String code : tieBreak) {
            if (score(in, code).compareTo(score(out, code)) != 0) {
                return code;
            }
        }
        return null;
    }

    private static Comparator<Contender> criteria(List<String> tieBreak) {
        Comparator<Contender> order = (a, b) -> 0;
        for (String code : tieBreak) {
            order = order.thenComparing(
                    Comparator.comparing((Contender c) -> score(c, code)).reversed());
        }
        return order;
    }

    private static BigDecimal score(Contender contender, String code) {
        return Objects.requireNonNullElse(contender.criteria().get(code), BigDecimal.ZERO);
    }

    private static boolean isIn(UUID id, List<Contender> contenders) {
        return contenders.stream().anyMatch(c -> c.id().equals(id));
    }

    private static List<UUID> ids(List<Contender> contenders) {
        return contenders.stream().map(Contender::id).toList();
    }
}
