package vn.doimoi.ecosystem.awards.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.awards.AwardDecision;
import vn.doimoi.shared.web.DateFormatter;

/** STAFF's decision as posted: number, date (dd/MM/yyyy) and signer. */
public record AwardDecisionForm(
        @Nullable String number,
        @Nullable String date,
        @Nullable String signer,
        long version) {

    @Nullable
    LocalDate day() {
        return DateFormatter.date(date);
    }

    /** The nominations STAFF ticked to settle a tie; what is not an identifier is no choice. */
    static Set<UUID> choice(@Nullable List<String> ticked) {
        Set<UUID> chosen = new HashSet<>();
        if (ticked != null) {
            for (String value : ticked) {
                try {
                    chosen.add(UUID.fromString(value.strip()));
                } catch (IllegalArgumentException notAnId) {
                    // a tampered value chooses nobody; the decision then says which tie still waits
                }
            }
        }
        return chosen;
    }

    AwardDecision decision(LocalDate day) {
        return new AwardDecision(number == null ? "" : number, day, signer == null ? "" : signer);
    }
}
