package vn.doimoi.programs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How often an agency reports on an assignment; each kind cuts the calendar year into periods. */
public enum Recurrence {
    QUARTERLY(3),
    HALF_YEARLY(6),
    ANNUAL(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** The reporting period that contains this day. */
    public ReportPeriod periodContaining(LocalDate day) {
        int index = (day.getMonthValue() - 1) / months;
        LocalDate start = LocalDate.of(day.getYear(), index * months + 1, 1);
        return new ReportPeriod(
                code(day.getYear(), index), start, start.plusMonths(months).minusDays(1));
    }

    /** The periods from the one containing {@code from} to the one containing {@code to}, in order. */
    public List<ReportPeriod> periodsBetween(LocalDate from, LocalDate to) {
        List<ReportPeriod> periods = new ArrayList<>();
        ReportPeriod period = periodContaining(from);
        while (!period.start().isAfter(to)) {
            periods.add(period);
            period = periodContaining(period.end().plusDays(1));
        }
        return periods;
    }

    private String code(int year, int index) {
        return switch (this) {
            case QUARTERLY -> year + "-Q" + (index + 1);
            case HALF_YEARLY -> year + "-H" + (index + 1);
            case ANNUAL -> Integer.toString(year);
        };
    }
}
