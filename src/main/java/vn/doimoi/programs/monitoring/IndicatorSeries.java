package vn.doimoi.programs.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.doimoi.programs.Direction;
import vn.doimoi.programs.IndicatorView.YearPoint;
import vn.doimoi.shared.DomainException;

/** How an indicator's yearly values are made from accepted reports; pure functions. */
final class IndicatorSeries {

    private IndicatorSeries() {}

    /** A value from an accepted report. */
    record AcceptedValue(LocalDate periodEnd, Instant reviewedAt, BigDecimal value) {}

    /** A percentage, two decimals: {@code numerator / denominator × 100}. */
    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() <= 0) {
            throw DomainException.invalid("programs.error.denominatorPositive");
        }
        if (numerator.signum() < 0) {
            throw DomainException.invalid("programs.error.valueNegative");
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /**
     * One value per year: the value of the accepted report with the latest period in that year (the
     * later review when two cover the same period), so an annual figure supersedes quarterly ones.
     */
    static Map<Integer, BigDecimal> yearly(List<AcceptedValue> values) {
        Map<Integer, AcceptedValue> latest = new TreeMap<>();
        Comparator<AcceptedValue> order =
                Comparator.comparing(AcceptedValue::periodEnd).thenComparing(AcceptedValue::reviewedAt);
        for (AcceptedValue value : values) {
            latest.merge(value.periodEnd().getYear(), value, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        Map<Integer, BigDecimal> yearly = new TreeMap<>();
        latest.forEach((year, value) -> yearly.put(year, value.value()));
        return yearly;
    }

    /** The points from {@code fromYear} to {@code toYear}, with targets and actual values where known. */
    static List<YearPoint> points(
            int fromYear,
            int toYear,
            Direction direction,
            Map<Integer, BigDecimal> targets,
            Map<Integer, BigDecimal> actuals) {
        List<YearPoint> points = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            points.add(new YearPoint(year, targets.get(year), actuals.get(year), direction));
        }
        return points;
    }

    static @Nullable BigDecimal clean(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
