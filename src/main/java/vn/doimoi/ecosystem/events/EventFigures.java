package vn.doimoi.ecosystem.events;

import java.sql.Timestamp;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigureSource;

/** The programme's event figures: events held (ended, not cancelled) and B2B meetings held (accepted, slot over). */
@Configuration(proxyBeanMethods = false)
class EventFigures {

    @Bean
    EcosystemFigureSource eventsHeldFigure(JdbcClient jdbc) {
        return EcosystemFigureSource.counting(
                EcosystemFigure.EVENTS_HELD,
                instant -> jdbc.sql("SELECT count(*) FROM ecosystem.event WHERE NOT cancelled AND ends_at <= ?")
                        .param(Timestamp.from(instant))
                        .query(Long.class)
                        .single());
    }

    @Bean
    EcosystemFigureSource meetingsHeldFigure(JdbcClient jdbc) {
        return EcosystemFigureSource.counting(
                EcosystemFigure.MEETINGS_HELD,
                instant -> jdbc.sql("""
                                SELECT count(*) FROM ecosystem.event_meeting m JOIN ecosystem.event e ON e.id = m.event_id
                                WHERE m.status = 'ACCEPTED' AND NOT e.cancelled
                                  AND m.slot_start + make_interval(mins => e.slot_minutes) <= ?""")
                        .param(Timestamp.from(instant))
                        .query(Long.class)
                        .single());
    }
}
