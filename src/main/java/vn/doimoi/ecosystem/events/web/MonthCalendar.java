package vn.doimoi.ecosystem.events.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.events.EventRow;

/**
 * A month of Vietnam's calendar in weeks from Monday (as Vietnamese calendars print them), each day
 * with the events that take place on it; on a phone the page shows the days with events as a list.
 */
public record MonthCalendar(YearMonth month, List<List<Day>> weeks) {

    /** One day of the grid; {@code inMonth} false for the days of the months around it. */
    public record Day(LocalDate date, boolean inMonth, List<EventRow> events) {}

    static MonthCalendar of(YearMonth month, List<EventRow> events) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate today = day;
            week.add(new Day(
                    day,
                    YearMonth.from(day).equals(month),
                    events.stream()
                            .filter(event -> !event.start().toLocalDate().isAfter(today)
                                    && !event.end().toLocalDate().isBefore(today))
                            .toList()));
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week = new ArrayList<>();
            }
        }
        return new MonthCalendar(month, List.copyOf(weeks));
    }

    /** The month a request names ({@code 2027-01}); this month when absent or unreadable. */
    static YearMonth parse(@Nullable String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            return month.getYear() < 2000 || month.getYear() > 2100 ? fallback : month;
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    public String monthTitle() {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    public String previous() {
        return month.minusMonths(1).toString();
    }

    public String next() {
        return month.plusMonths(1).toString();
    }

    /** The days that have events, in order: the list a phone shows. */
    public List<Day> busyDays() {
        return weeks.stream()
                .flatMap(List::stream)
                .filter(day -> day.inMonth() && !day.events().isEmpty())
                .toList();
    }
}
