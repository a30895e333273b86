package vn.doimoi.programs.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import vn.doimoi.programs.IndicatorView;
import vn.doimoi.programs.IndicatorView.YearPoint;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * An indicator's values against its targets as an SVG drawn on the server (bars for values, a line
 * for targets); presentation attributes only, no style attributes, so the strict CSP holds. The
 * page always shows the data table beside it.
 */
public final class IndicatorChart {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 16;
    private static final int BOTTOM = 28;

    private IndicatorChart() {}

    public static String svg(IndicatorView indicator, String title, String actualLabel, String targetLabel) {
        List<YearPoint> points = indicator.series();
        BigDecimal max = BigDecimal.ZERO;
        for (YearPoint point : points) {
            if (point.target() != null) {
                max = max.max(point.target());
            }
            if (point.actual() != null) {
                max = max.max(point.actual());
            }
        }
        double top = max.signum() == 0 ? 1 : niceCeiling(max.doubleValue() * 1.1);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double step = points.isEmpty() ? plotWidth : (double) plotWidth / points.size();
        String id = "chart-" + indicator.id();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title id=\"")
                .append(id)
                .append("\">")
                .append(escape(title))
                .append("</title>");
        for (int i = 0; i <= 5; i++) {
            double value = top * i / 5;
            double y = TOP + plotHeight - plotHeight * i / 5.0;
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#d5dbe1", "1"));
            svg.append(text(LEFT - 6, y + 4, "end", format(value)));
        }
        StringBuilder targetPath = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            YearPoint point = points.get(i);
            double centre = LEFT + step * i + step / 2;
            if (point.actual() != null) {
                double height = plotHeight * point.actual().doubleValue() / top;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                        centre - step * 0.3,
                        TOP + plotHeight - height,
                        step * 0.6,
                        height,
                        point.met() ? "#2e7d32" : "#1d5fa8",
                        escape(actualLabel + " " + point.year() + ": " + VietnameseFormats.number(point.actual()))));
            }
            if (point.target() != null) {
                double y = TOP + plotHeight - plotHeight * point.target().doubleValue() / top;
                targetPath
                        .append(targetPath.isEmpty() ? "M" : " L")
                        .append(String.format(Locale.ROOT, "%.1f %.1f", centre, y));
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#c0392b\"><title>%s</title></circle>",
                        centre,
                        y,
                        escape(targetLabel + " " + point.year() + ": " + VietnameseFormats.number(point.target()))));
            }
            svg.append(text(centre, HEIGHT - 8, "middle", Integer.toString(point.year())));
        }
        if (!targetPath.isEmpty()) {
            svg.append("<path d=\"")
                    .append(targetPath)
                    .append("\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        }
        svg.append(line(LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight, "#52606d", "1"));
        svg.append("</svg>");
        return svg.toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String width) {
        return String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%s\"/>",
                x1,
                y1,
                x2,
                y2,
                colour,
                width);
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\" fill=\"#3e4c59\">%s</text>",
                x,
                y,
                anchor,
                escape(content));
    }

    private static String format(double value) {
        return VietnameseFormats.number(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }

    /** 1, 2, 2.5, 5 or 10 times a power of ten, at least {@code value}. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= value) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
