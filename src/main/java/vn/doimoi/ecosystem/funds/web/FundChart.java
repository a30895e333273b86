package vn.doimoi.ecosystem.funds.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.doimoi.ecosystem.funds.ProvinceTotals;

/**
 * The province's allocations and spending per year as pairs of bars laid out for an inline SVG (no
 * JavaScript); the table beside it carries the exact figures and the balance.
 */
public record FundChart(int width, int height, List<Bar> bars) {

    /** One bar: its year, which series it draws, where, and the amount it stands for. */
    public record Bar(String year, boolean spending, int x, int y, int barWidth, int barHeight, BigDecimal value) {}

    static final int WIDTH = 480;
    static final int HEIGHT = 220;
    static final int AXIS = 30;

    static FundChart of(List<ProvinceTotals.Year> years) {
        BigDecimal max = BigDecimal.ONE;
        for (ProvinceTotals.Year year : years) {
            max = max.max(year.allocated()).max(year.spent());
        }
        List<Bar> bars = new ArrayList<>();
        int slot = years.isEmpty() ? WIDTH : (WIDTH - 20) / years.size();
        int barWidth = Math.max(4, Math.min(30, slot / 2 - 4));
        for (int i = 0; i < years.size(); i++) {
            ProvinceTotals.Year year = years.get(i);
            int left = 10 + i * slot + (slot - 2 * barWidth) / 2;
            bars.add(bar(year, false, year.allocated(), left, barWidth, max));
            bars.add(bar(year, true, year.spent(), left + barWidth, barWidth, max));
        }
        return new FundChart(WIDTH, HEIGHT, bars);
    }

    private static Bar bar(
            ProvinceTotals.Year year, boolean spending, BigDecimal value, int x, int width, BigDecimal max) {
        int h = (int) Math.round((HEIGHT - AXIS - 10) * value.doubleValue() / max.doubleValue());
        return new Bar(Integer.toString(year.year()), spending, x, HEIGHT - AXIS - h, width, h, value);
    }

    public int axisY() {
        return HEIGHT - AXIS;
    }
}
