package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * Where an application stands with the review council of its programme (ADR 0080): the review it
 * was gathered into and its council, and once the council concluded, the application's average
 * total, whether it reached the rule version's pass mark, its rank and the criteria averaged below
 * their minimum.
 */
public record ApplicationReview(
        UUID reviewId,
        @Nullable UUID councilId,
        String ruleVersion,
        BigDecimal passTotal,
        boolean concluded,
        @Nullable BigDecimal average,
        boolean passed,
        int rank,
        List<String> criteriaBelowMinimum) {

    public ApplicationReview {
        criteriaBelowMinimum = List.copyOf(criteriaBelowMinimum);
    }

    /** The council's page, where its members declare and score and STAFF run it. */
    public @Nullable String councilPage() {
        return councilId == null ? null : "/review-councils/" + councilId;
    }

    /** The average as pages print it ("72,4"). */
    public String averageText() {
        return average == null ? "—" : VietnameseFormats.number(average);
    }

    public String passTotalText() {
        return VietnameseFormats.number(passTotal);
    }
}
