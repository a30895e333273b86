package vn.doimoi.market.listing;

import org.jspecify.annotations.Nullable;
import vn.doimoi.market.Screening;

/** The screening's finding with the list entries it matched and their legal source. */
public record ScreeningResult(Screening level, @Nullable String note) {

    static final ScreeningResult CLEAR = new ScreeningResult(Screening.CLEAR, null);
}
