package vn.doimoi.programs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.programs.Direction;
import vn.doimoi.programs.IndicatorSource;
import vn.doimoi.programs.IndicatorView;
import vn.doimoi.programs.IndicatorView.YearPoint;

/** The server-drawn chart: one bar per value, a target line, escaped text, no style attributes. */
class IndicatorChartTests {

    @Test
    void valuesAreBarsAndTargetsALineWithoutStyleAttributes() {
        // given two years with a 2% target and one value
        IndicatorView indicator = new IndicatorView(
                UUID.randomUUID(),
                "ST_BUDGET_SHARE",
                "Tỷ lệ chi <ngân sách>",
                "%",
                4,
                IndicatorSource.RATIO,
                Direction.INCREASE,
                null,
                null,
                null,
                null,
                null,
                true,
                List.of(
                        new YearPoint(2024, new BigDecimal("2"), new BigDecimal("0.71"), Direction.INCREASE),
                        new YearPoint(2025, new BigDecimal("2"), null, Direction.INCREASE)));

        // when it is drawn
        String svg = IndicatorChart.svg(indicator, indicator.name(), "Thực hiện", "Mục tiêu");

        // then there is one bar, two target points joined by a line, the title escaped, and no style
        assertThat(svg).startsWith("<svg class=\"chart\"").endsWith("</svg>");
        assertThat(svg.split("<rect ", -1)).hasSize(2);
        assertThat(svg.split("<circle ", -1)).hasSize(3);
        assertThat(svg).contains("<path d=\"M").contains("Thực hiện 2024: 0,71").contains("&lt;ngân sách&gt;");
        assertThat(svg).doesNotContain("style=").doesNotContain("<script");
    }

    @Test
    void theScaleEndsOnARoundNumber() {
        assertThat(IndicatorChart.niceCeiling(2.2)).isEqualTo(2.5);
        assertThat(IndicatorChart.niceCeiling(8.8)).isEqualTo(10);
        assertThat(IndicatorChart.niceCeiling(130)).isEqualTo(200);
    }
}
