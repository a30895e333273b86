package vn.doimoi.ecosystem.awards.web;

import java.time.LocalDate;
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

    AwardDecision decision(LocalDate day) {
        return new AwardDecision(number == null ? "" : number, day, signer == null ? "" : signer);
    }
}
