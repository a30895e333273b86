package vn.doimoi.ecosystem.awards;

import java.time.LocalDate;
import java.util.List;

/** What STAFF give to open a round: its title, award year, nomination dates and the categories offered. */
public record NewRound(String title, int year, LocalDate opensOn, LocalDate closesOn, List<String> categories) {

    public NewRound {
        categories = List.copyOf(categories);
    }
}
