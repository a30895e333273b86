package vn.doimoi.market.listing;

import org.jspecify.annotations.Nullable;
import vn.doimoi.market.Screening;

/**
 * The screening's finding with the list entries it matched and their legal source, and the code of
 * the list version it was screened against.
 */
public record ScreeningResult(
        Screening level, @Nullable String note, @Nullable String rule) {

    static final ScreeningResult CLEAR = new ScreeningResult(Screening.CLEAR, null, null);

    public ScreeningResult(Screening level, @Nullable String note) {
        this(level, note, null);
    }
}
