package vn.doimoi.programs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An indicator with its yearly targets and values over the programme's period. */
public record IndicatorView(
        UUID id,
        String code,
        String name,
        String unit,
        @Nullable Integer taskGroupPosition,
        IndicatorSource source,
        Direction direction,
        @Nullable BigDecimal baseline,
        @Nullable Integer baselineYear,
        @Nullable String numeratorLabel,
        @Nullable String denominatorLabel,
        @Nullable String dataSource,
        boolean published,
        List<YearPoint> series) {

    /** The latest year that has a value. */
    public Optional<YearPoint> latest() {
        return series.stream().filter(point -> point.actual() != null).reduce((first, second) -> second);
    }

    public boolean entered() {
        return source != IndicatorSource.COMPUTED;
    }

    /** A year's target and actual value; either may be missing. */
    public record YearPoint(
            int year, @Nullable BigDecimal target, @Nullable BigDecimal actual, Direction direction) {

        /** Whether the actual value reaches the target (in the indicator's direction). */
        public boolean met() {
            if (target == null || actual == null) {
                return false;
            }
            int compared = actual.compareTo(target);
            return direction == Direction.INCREASE ? compared >= 0 : compared <= 0;
        }
    }
}
