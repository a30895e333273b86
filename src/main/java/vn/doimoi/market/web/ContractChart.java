package vn.doimoi.market.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.doimoi.market.MarketFigures;

/** Bars of signed contract value per year, laid out for an inline SVG (no JavaScript). */
public record ContractChart(int width, int height, List<Bar> bars) {

    public record Bar(String year, int x, int y, int barWidth, int barHeight, BigDecimal value) {}

    static final int WIDTH = 480;
    static final int HEIGHT = 220;
    static final int AXIS = 30;

    public static ContractChart of(List<MarketFigures.YearFigures> years) {
        BigDecimal max = years.stream().map(MarketFigures.YearFigures::value).reduce(BigDecimal.ONE, BigDecimal::max);
        List<Bar> bars = new ArrayList<>();
        int slot = years.isEmpty() ? WIDTH : (WIDTH - 20) / years.size();
        int barWidth = Math.max(8, Math.min(60, slot - 10));
        for (int i = 0; i < years.size(); i++) {
            MarketFigures.YearFigures year = years.get(i);
            int h = (int) Math.round((HEIGHT - AXIS - 10) * year.value().doubleValue() / max.doubleValue());
            bars.add(new Bar(
                    Integer.toString(year.year()),
                    10 + i * slot + (slot - barWidth) / 2,
                    HEIGHT - AXIS - h,
                    barWidth,
                    h,
                    year.value()));
        }
        return new ContractChart(WIDTH, HEIGHT, bars);
    }

    public int axisY() {
        return HEIGHT - AXIS;
    }
}
