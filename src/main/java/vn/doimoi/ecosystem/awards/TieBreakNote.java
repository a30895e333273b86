package vn.doimoi.ecosystem.awards;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How a tie at a category's last prize place was settled, as the round's pages say it.
 *
 * @param tied the nominees who had the same council average, in the order the criteria put them
 * @param criterion the name of the tie-break criterion that decided; null when STAFF chose because
 *     the nominees were equal on every tie-break criterion
 * @param ruleVersion the council's rule version whose tie-break criteria applied
 */
public record TieBreakNote(
        String category,
        BigDecimal average,
        String tied,
        @Nullable String criterion,
        String ruleVersion) {

    public boolean byStaff() {
        return criterion == null;
    }
}
