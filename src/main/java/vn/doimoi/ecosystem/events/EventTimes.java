package vn.doimoi.ecosystem.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Events happen in Vietnam: wall-clock times are Asia/Ho_Chi_Minh, stored as instants. */
public final class EventTimes {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private EventTimes() {}

    public static Instant instant(LocalDateTime local) {
        return local.atZone(VIETNAM).toInstant();
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, VIETNAM);
    }
}
