package vn.doimoi.programs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** When a report is late: after the last moment of its due day, in Vietnam time (UTC+7). */
public final class ReportDeadline {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ReportDeadline() {}

    /** The first instant at which a report due on this day is late. */
    public static Instant lateFrom(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    public static boolean isLate(LocalDate dueOn, Instant submittedAt) {
        return !submittedAt.isBefore(lateFrom(dueOn));
    }

    /** The day in Vietnam at this instant. */
    public static LocalDate vietnamDay(Instant instant) {
        return LocalDate.ofInstant(instant, VIETNAM);
    }
}
