package dev.iaclint.report.html;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts, drawn here so the page needs no script or library. Each chart and series
 * carries its data as attributes ({@code data-chart}, {@code data-series}, {@code data-values}),
 * so a test reads in the DOM exactly what is drawn.
 */
public final class Charts {

    /** Distinct on screen and in greyscale print order. */
    private static final List<String> PALETTE = List.of("#1f5fbf", "#d4641c", "#1a7f4b", "#8e44ad", "#b42318",
            "#0f8b8d", "#a67c00", "#5b6475", "#c2185b", "#2e7d32");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final int WIDTH = 1040;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 26;
    /** Up to this many commits each gets a dot; more would blur into the line. */
    private static final int MARKED_POINTS = 60;

    private Charts() {
    }

    public static String color(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** One line of a chart: a value per point in time, null where there is none. */
    public record Series(String name, List<Double> values) {
    }

    /**
     * A line chart over time: the x axis is the commits' dates, so a quiet month is as wide as it
     * lasted. Lines step from one value to the next, as the value held until the next commit.
     *
     * @param max    the top of the y axis (100 for percentages)
     * @param suffix written after the y axis's numbers, e.g. "%"
     */
    public static String timeChart(String id, List<Instant> times, List<Series> series, double max, String suffix,
                                   int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg data-chart=\"").append(Html.text(id)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\">");
        double plotHeight = height - TOP - BOTTOM;
        double top = max <= 0 ? 1 : max;
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = TOP + plotHeight - plotHeight * i / 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e7ee\"/>",
                    LEFT, WIDTH - RIGHT, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s%s</text>",
                    LEFT - 6, y + 4, number(value), Html.text(suffix)));
        }
        if (times.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        long start = times.get(0).getEpochSecond();
        long end = Math.max(times.get(times.size() - 1).getEpochSecond(), start + 1);
        int ticks = Math.min(6, times.size());
        for (int i = 0; i < ticks; i++) {
            long t = start + (end - start) * i / Math.max(1, ticks - 1);
            double x = x(t, start, end);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>", x,
                    height - 8, i == 0 ? "start" : i == ticks - 1 ? "end" : "middle",
                    DAY.format(Instant.ofEpochSecond(t))));
        }
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            StringBuilder points = new StringBuilder();
            StringBuilder values = new StringBuilder();
            StringBuilder markers = new StringBuilder();
            Double last = null;
            for (int i = 0; i < times.size(); i++) {
                Double value = line.values().get(i);
                values.append(i == 0 ? "" : " ").append(value == null ? "-" : number(value));
                double x = x(times.get(i).getEpochSecond(), start, end);
                if (value == null) {
                    continue;
                }
                double y = TOP + plotHeight - plotHeight * Math.min(value, top) / top;
                if (last != null) {
                    double lastY = TOP + plotHeight - plotHeight * Math.min(last, top) / top;
                    points.append(String.format(Locale.ROOT, " %.1f,%.1f", x, lastY));
                }
                points.append(String.format(Locale.ROOT, " %.1f,%.1f", x, y));
                if (times.size() <= MARKED_POINTS || i == times.size() - 1) {
                    markers.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>",
                            x, y, color(s)));
                }
                last = value;
            }
            if (last != null) {
                points.append(String.format(Locale.ROOT, " %d,%.1f", WIDTH - RIGHT,
                        TOP + plotHeight - plotHeight * Math.min(last, top) / top));
            }
            svg.append("<polyline data-series=\"").append(Html.text(line.name())).append("\" data-values=\"")
                    .append(values).append("\" fill=\"none\" stroke=\"").append(color(s))
                    .append("\" stroke-width=\"").append(number(strokeWidth(s, series.size())))
                    .append("\" stroke-linejoin=\"round\" points=\"").append(points.toString().strip())
                    .append("\"><title>").append(Html.text(line.name())).append("</title></polyline>").append(markers);
        }
        return svg.append("</svg>").toString();
    }

    /** The legend of a chart's series, in the chart's colors. */
    public static String legend(List<Series> series) {
        StringBuilder html = new StringBuilder("<ul class=\"legend\">");
        for (int s = 0; s < series.size(); s++) {
            html.append("<li><i style=\"background:").append(color(s)).append("\"></i>")
                    .append(Html.text(series.get(s).name())).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    /** A horizontal bar, e.g. a family's coverage; {@code text} is written beside it. */
    public record Bar(String label, double value, double max, String text, String color) {
    }

    /** Horizontal bars the width of the page, with their label on the left and value on the right. */
    public static String bars(String id, List<Bar> bars) {
        return bars(id, bars, WIDTH, 230, 190);
    }

    /** Bars for half the page's width. */
    public static String narrowBars(String id, List<Bar> bars) {
        return bars(id, bars, WIDTH / 2, 110, 50);
    }

    private static String bars(String id, List<Bar> bars, int width, int labelWidth, int textWidth) {
        int rowHeight = 26;
        int height = Math.max(rowHeight, bars.size() * rowHeight) + 4;
        double barWidth = width - labelWidth - textWidth - 16;
        StringBuilder svg = new StringBuilder("<svg data-chart=\"" + Html.text(id) + "\" viewBox=\"0 0 " + width + " "
                + height + "\" role=\"img\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = i * rowHeight + 4;
            double fill = bar.max() <= 0 ? 0 : barWidth * Math.min(bar.value(), bar.max()) / bar.max();
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" style=\"fill:#1d2433\">%s</text>",
                    labelWidth - 10, y + 13, Html.text(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"16\" rx=\"2\" fill=\"#eef1f6\"/>",
                    labelWidth, y, barWidth));
            svg.append(String.format(Locale.ROOT, "<rect data-bar=\"%s\" data-value=\"%s\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
                            + "height=\"16\" rx=\"2\" fill=\"%s\"/>", Html.text(bar.label()), number(bar.value()),
                    labelWidth, y, fill, bar.color()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" style=\"fill:#1d2433\">%s</text>",
                    labelWidth + barWidth + 10, y + 13, Html.text(bar.text())));
        }
        return svg.append("</svg>").toString();
    }

    /** Green at full coverage, amber from half, red below. */
    public static String coverageColor(int percent) {
        return percent >= 100 ? "#1a7f4b" : percent >= 50 ? "#b26a00" : "#b42318";
    }

    /**
     * Earlier series are drawn wider, under the later ones, so lines that run together (every
     * family at 100%) still show each color as a band.
     */
    private static double strokeWidth(int index, int count) {
        return 2 + 1.5 * (count - 1 - index);
    }

    private static double x(long t, long start, long end) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) (t - start) / (end - start);
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
