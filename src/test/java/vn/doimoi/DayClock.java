package vn.doimoi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock the test sets to a day in Vietnam (07:00, when the daily jobs run) and moves day by day. */
public final class DayClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Instant now;

    public DayClock(LocalDate day) {
        set(day);
    }

    public void set(LocalDate day) {
        now = day.atTime(LocalTime.of(7, 0)).atZone(VIETNAM).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
