package vn.doimoi.ecosystem.awards;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A tie the council's rule cannot settle: nominations of a category equal in average and on every
 * tie-break criterion at its last prize places; STAFF choose {@code places} of them with the decision.
 */
public record PendingTie(String category, BigDecimal average, int places, List<Contender> undecided) {

    public PendingTie {
        undecided = List.copyOf(undecided);
    }

    /** One of the nominations still tied. */
    public record Contender(UUID id, String name) {}
}
