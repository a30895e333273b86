package vn.doimoi.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a review council concluded: for each item its average total, the criteria averaged below
 * their minimum, whether it passed the rule version's pass mark, and its rank among those that passed.
 */
public record ReviewOutcome(UUID councilId, String ruleVersion, List<ItemResult> results) {

    public ReviewOutcome {
        results = List.copyOf(results);
    }

    /** One item's counted result; rank 0 when it fails. */
    public record ItemResult(
            UUID itemId,
            String name,
            int sheets,
            BigDecimal average,
            Map<String, BigDecimal> criterionAverages,
            List<String> criteriaBelowMinimum,
            boolean passed,
            int rank) {

        public ItemResult {
            criterionAverages = Map.copyOf(criterionAverages);
            criteriaBelowMinimum = List.copyOf(criteriaBelowMinimum);
        }
    }

    /** The result of one item. */
    public ItemResult of(UUID itemId) {
        return results.stream()
                .filter(r -> r.itemId().equals(itemId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for " + itemId));
    }
}
