package vn.doimoi.ecosystem.events;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigureSource;

/** The programme's event figures: events held (ended, not cancelled) and B2B meetings held (accepted, slot over). */
final class EventFigures {

    private EventFigures() {}

    @Component
    static class EventsHeld implements EcosystemFigureSource {

        private final JdbcClient jdbc;

        EventsHeld(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public EcosystemFigure figure() {
            return EcosystemFigure.EVENTS_HELD;
        }

        @Override
        public BigDecimal valueAt(Instant instant) {
            return BigDecimal.valueOf(
                    jdbc.sql("SELECT count(*) FROM ecosystem.event WHERE NOT cancelled AND ends_at <= ?")
                            .param(Timestamp.from(instant))
                            .query(Long.class)
                            .single());
        }
    }

    @Component
    static class MeetingsHeld implements EcosystemFigureSource {

        private final JdbcClient jdbc;

        MeetingsHeld(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public EcosystemFigure figure() {
            return EcosystemFigure.MEETINGS_HELD;
        }

        @Override
        public BigDecimal valueAt(Instant instant) {
            return BigDecimal.valueOf(jdbc.sql("""
                            SELECT count(*) FROM ecosystem.event_meeting m JOIN ecosystem.event e ON e.id = m.event_id
                            WHERE m.status = 'ACCEPTED' AND NOT e.cancelled
                              AND m.slot_start + make_interval(mins => e.slot_minutes) <= ?""")
                    .param(Timestamp.from(instant))
                    .query(Long.class)
                    .single());
        }
    }
}
