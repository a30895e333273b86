package vn.doimoi.programs.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doimoi.programs.Direction;
import vn.doimoi.programs.IndicatorView.YearPoint;
import vn.doimoi.shared.DomainException;

/** How indicator values are made from accepted reports and compared with their targets. */
class IndicatorSeriesTests {

    @Test
    void theBudgetShareIsSpendingOnScienceOverTheProvincialBudgetInPercent() {
        // given S&T spending of 152,000 million đồng out of a provincial budget of 21,500,000 million
        BigDecimal share = IndicatorSeries.percent(new BigDecimal("152000"), new BigDecimal("21500000"));

        // then the share is 0.71% (two decimals, half up)
        assertThat(share).isEqualByComparingTo("0.71");
    }

    @Test
    void aRatioNeedsAPositiveDenominator() {
        assertThatThrownBy(() -> IndicatorSeries.percent(BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(DomainException.class)
                .hasMessage("programs.error.denominatorPositive");
    }

    @Test
    void theLatestPeriodOfAYearGivesItsValue() {
        // given quarterly values for 2025 and an annual value for 2025, and one value for 2024
        List<IndicatorSeries.AcceptedValue> values = List.of(
                value("2025-03-31", "2025-04-10T00:00:00Z", "0.5"),
                value("2025-12-31", "2026-01-15T00:00:00Z", "1.2"),
                value("2025-09-30", "2025-10-10T00:00:00Z", "0.9"),
                value("2024-12-31", "2025-01-12T00:00:00Z", "0.7"));

        // when the yearly values are made
        Map<Integer, BigDecimal> yearly = IndicatorSeries.yearly(values);

        // then each year takes the value of its latest period
        assertThat(yearly).containsOnlyKeys(2024, 2025);
        assertThat(yearly.get(2025)).isEqualByComparingTo("1.2");
        assertThat(yearly.get(2024)).isEqualByComparingTo("0.7");
    }

    @Test
    void aLaterReviewOfTheSamePeriodWins() {
        Map<Integer, BigDecimal> yearly = IndicatorSeries.yearly(List.of(
                value("2025-12-31", "2026-01-20T00:00:00Z", "1.4"),
                value("2025-12-31", "2026-01-15T00:00:00Z", "1.2")));

        assertThat(yearly.get(2025)).isEqualByComparingTo("1.4");
    }

    @Test
    void pointsSayWhetherTheTargetIsMetInTheIndicatorsDirection() {
        List<YearPoint> points = IndicatorSeries.points(
                2024,
                2026,
                Direction.INCREASE,
                Map.of(2024, new BigDecimal("2"), 2025, new BigDecimal("2"), 2026, new BigDecimal("2")),
                Map.of(2024, new BigDecimal("0.71"), 2025, new BigDecimal("2.05")));

        assertThat(points).extracting(YearPoint::year).containsExactly(2024, 2025, 2026);
        assertThat(points).extracting(YearPoint::met).containsExactly(false, true, false);
        assertThat(points.get(2).actual()).isNull();

        YearPoint fewerIsBetter = new YearPoint(2025, new BigDecimal("10"), new BigDecimal("8"), Direction.DECREASE);
        assertThat(fewerIsBetter.met()).isTrue();
    }

    private static IndicatorSeries.AcceptedValue value(String periodEnd, String reviewedAt, String value) {
        return new IndicatorSeries.AcceptedValue(
                LocalDate.parse(periodEnd), Instant.parse(reviewedAt), new BigDecimal(value));
    }
}
