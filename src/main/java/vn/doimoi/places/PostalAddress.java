package vn.doimoi.places;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An address as a record keeps it: the codes of its province and commune, the street line as
 * typed, and the day it was recorded. The day says which list the codes belong to: before
 * {@link Places#MERGER} the 63 provinces and their communes, from then the 34 provinces.
 *
 * @param provinceCode a province's code in the list of {@code recordedOn}; null when none was given
 * @param communeCode a commune's code in that province; null when none was given
 * @param street house number, street, hamlet (free text)
 */
public record PostalAddress(
        @Nullable String provinceCode,
        @Nullable String communeCode,
        @Nullable String street,
        LocalDate recordedOn) {

    /** Whether the codes name units of the list before the merger. */
    public boolean beforeMerger() {
        return recordedOn.isBefore(Places.MERGER);
    }
}
