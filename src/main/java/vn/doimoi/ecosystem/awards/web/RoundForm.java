package vn.doimoi.ecosystem.awards.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.awards.NewRound;
import vn.doimoi.shared.web.DateFormatter;

/** STAFF's new round as posted: text as typed (shown again on an error), dates dd/MM/yyyy. */
public record RoundForm(
        @Nullable String title,
        @Nullable String year,
        @Nullable String opensOn,
        @Nullable String closesOn,
        @Nullable List<String> categories) {

    static RoundForm empty(int year, List<String> categories) {
        return new RoundForm("", String.valueOf(year), "", "", categories);
    }

    boolean yearReadable() {
        return year != null && year.strip().matches("\\d{4}");
    }

    boolean opensReadable() {
        return DateFormatter.date(opensOn) != null;
    }

    boolean closesReadable() {
        return DateFormatter.date(closesOn) != null;
    }

    public boolean offers(String code) {
        return categories != null && categories.contains(code);
    }

    NewRound round() {
        LocalDate opens = DateFormatter.date(opensOn);
        LocalDate closes = DateFormatter.date(closesOn);
        return new NewRound(
                title == null ? "" : title,
                Integer.parseInt(year == null ? "0" : year.strip()),
                opens,
                closes,
                categories == null ? List.of() : categories);
    }
}
