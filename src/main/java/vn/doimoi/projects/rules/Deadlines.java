package vn.doimoi.projects.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A call's deadline is a day in Vietnam: dossiers are received until 23:59:59 of that day, Vietnam time. */
public final class Deadlines {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Deadlines() {}

    public static boolean isOnTime(LocalDate deadline, Instant at) {
        return at.isBefore(deadline.plusDays(1).atStartOfDay(VIETNAM).toInstant());
    }
}
