package vn.doimoi.projects.execution.web;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import vn.doimoi.projects.execution.ExecutionViews.YearMoney;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * Money planned vs paid per year as an SVG drawn on the server (two bars a year, in million đồng),
 * presentation attributes only so the strict CSP holds; the page shows the table beside it.
 */
public final class MoneyChart {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 240;
    private static final int LEFT = 64;
    private static final int RIGHT = 12;
    private static final int TOP = 24;
    private static final int BOTTOM = 28;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private MoneyChart() {}

    public static String svg(List<YearMoney> years, String title, String plannedLabel, String paidLabel) {
        double max = 1;
        for (YearMoney year : years) {
            max = Math.max(max, millions(year.planned()));
            max = Math.max(max, millions(year.paid()));
        }
        double top = Math.ceil(max * 1.1 / 100) * 100;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double step = years.isEmpty() ? plotWidth : (double) plotWidth / years.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"money-chart-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title id=\"money-chart-title\">")
                .append(HtmlUtils.htmlEscape(title))
                .append("</title>");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotHeight - plotHeight * i / 4.0;
            svg.append(String.format(
                    java.util.Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d5dbe1\" stroke-width=\"1\"/>",
                    LEFT,
                    y,
                    WIDTH - RIGHT,
                    y));
            svg.append(String.format(
                    java.util.Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#444\">%s</text>",
                    LEFT - 6,
                    y + 4,
                    VietnameseFormats.number(Math.round(top * i / 4))));
        }
        for (int i = 0; i < years.size(); i++) {
            YearMoney year = years.get(i);
            double x = LEFT + step * i + step * 0.15;
            double bar = step * 0.33;
            bar(svg, x, bar, millions(year.planned()), top, plotHeight, "#9fb8d6");
            bar(svg, x + bar, bar, millions(year.paid()), top, plotHeight, "#1f5c99");
            svg.append(String.format(
                    java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#222\">%d</text>",
                    x + bar,
                    HEIGHT - 8,
                    year.year()));
        }
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"#9fb8d6\"/>");
        svg.append("<text x=\"")
                .append(LEFT + 14)
                .append("\" y=\"13\" font-size=\"11\" fill=\"#222\">")
                .append(HtmlUtils.htmlEscape(plannedLabel))
                .append("</text>");
        svg.append("<rect x=\"").append(LEFT + 160).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"#1f5c99\"/>");
        svg.append("<text x=\"")
                .append(LEFT + 174)
                .append("\" y=\"13\" font-size=\"11\" fill=\"#222\">")
                .append(HtmlUtils.htmlEscape(paidLabel))
                .append("</text>");
        svg.append("</svg>");
        return svg.toString();
    }

    private static void bar(
            StringBuilder svg, double x, double width, double value, double top, int plotHeight, String colour) {
        double height = plotHeight * value / top;
        svg.append(String.format(
                java.util.Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x,
                TOP + plotHeight - height,
                width,
                height,
                colour));
    }

    private static double millions(BigDecimal amount) {
        return amount.divide(MILLION, 1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
