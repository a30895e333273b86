package vn.doimoi.ecosystem.initiatives.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.initiatives.Decision;
import vn.doimoi.shared.web.DateFormatter;

/** STAFF's recognition decision as posted: number, date (dd/MM/yyyy) and signer. */
public record DecisionForm(
        @Nullable String number,
        @Nullable String date,
        @Nullable String signer,
        long version) {

    @Nullable
    LocalDate day() {
        return DateFormatter.date(date);
    }

    Decision decision(LocalDate day) {
        return new Decision(number == null ? "" : number, day, signer == null ? "" : signer);
    }
}
