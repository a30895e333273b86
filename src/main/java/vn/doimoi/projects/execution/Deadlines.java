package vn.doimoi.projects.execution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Report deadlines count in Vietnam time: a report due on a day is late from the next midnight there. */
public final class Deadlines {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Deadlines() {}

    public static boolean isLate(LocalDate dueOn, Instant submittedAt) {
        return !submittedAt.isBefore(dueOn.plusDays(1).atStartOfDay(VIETNAM).toInstant());
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, VIETNAM);
    }
}
