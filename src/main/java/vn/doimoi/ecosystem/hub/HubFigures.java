package vn.doimoi.ecosystem.hub;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigures;

/**
 * The hub's figures, today and a year ago, laid out as a label over a pair of horizontal bars for an
 * inline SVG (no JavaScript); the table beside the chart carries the exact numbers.
 */
@Component
public class HubFigures {

    /** The figures the hub shows, in this order: what the ecosystem has done, not money. */
    static final List<EcosystemFigure> SHOWN = List.of(
            EcosystemFigure.STARTUPS_SUPPORTED,
            EcosystemFigure.INNOVATION_ORGANISATIONS,
            EcosystemFigure.VOUCHERS_GRANTED,
            EcosystemFigure.VOUCHERS_USED,
            EcosystemFigure.INITIATIVES_RECOGNISED,
            EcosystemFigure.AWARDS_GIVEN,
            EcosystemFigure.EVENTS_HELD);

    static final int WIDTH = 480;
    static final int ROW = 48;

    private final EcosystemFigures figures;
    private final Clock clock;

    HubFigures(EcosystemFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** One figure: its name's key, a year ago and now, and its two bars' widths. */
    public record Row(EcosystemFigure figure, long yearAgo, long now, int y, int yearAgoWidth, int nowWidth) {

        public String key() {
            return "ecosystem.hub.figure." + figure.name();
        }
    }

    /** The chart: its size and rows. */
    public record Chart(int width, int height, List<Row> rows) {}

    Chart chart() {
        Instant now = clock.instant();
        Instant yearAgo =
                ZonedDateTime.ofInstant(now, clock.getZone()).minusYears(1).toInstant();
        List<long[]> values = new ArrayList<>();
        long max = 1;
        for (EcosystemFigure figure : SHOWN) {
            long then = whole(figures.valueAt(figure, yearAgo));
            long today = whole(figures.valueAt(figure, now));
            values.add(new long[] {then, today});
            max = Math.max(max, Math.max(then, today));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < SHOWN.size(); i++) {
            long[] pair = values.get(i);
            rows.add(new Row(SHOWN.get(i), pair[0], pair[1], 6 + i * ROW, width(pair[0], max), width(pair[1], max)));
        }
        return new Chart(WIDTH, 6 + SHOWN.size() * ROW, rows);
    }

    private static int width(long value, long max) {
        return value == 0 ? 0 : Math.max(2, (int) Math.round((WIDTH - 60.0) * value / max));
    }

    private static long whole(BigDecimal value) {
        return value.longValue();
    }
}
