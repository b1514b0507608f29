package coop.agora.helpdesk;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart laid out for server-rendered SVG: one bar per line, one or two series
 * (a period and the period it is compared with), values from 0 to {@code max}.
 */
public record BarChart(int width, int height, List<Bar> bars, double max, String unit) {

    static final int LABEL_WIDTH = 220;
    static final int BAR_HEIGHT = 18;
    static final int GAP = 10;
    static final int PLOT_WIDTH = 420;

    /** A bar at its place; {@code series} 0 is the period, 1 the period compared with. */
    public record Bar(String label, double value, String text, int series, int x, int y, int length) {}

    static BarChart of(List<String> labels, List<@Nullable Double> values, List<@Nullable Double> compared, double max, String unit,
            java.util.function.DoubleFunction<String> format) {
        var bars = new ArrayList<Bar>();
        var series = compared.isEmpty() ? 1 : 2;
        var y = GAP;
        for (int i = 0; i < labels.size(); i++) {
            for (int s = 0; s < series; s++) {
                var value = s == 0 ? values.get(i) : compared.get(i);
                var v = value == null ? 0 : value;
                bars.add(new Bar(s == 0 ? labels.get(i) : "", v, value == null ? "–" : format.apply(v), s, LABEL_WIDTH, y,
                        (int) Math.round(PLOT_WIDTH * Math.min(v, max) / max)));
                y += BAR_HEIGHT + 2;
            }
            y += GAP;
        }
        return new BarChart(LABEL_WIDTH + PLOT_WIDTH + 80, y + GAP, bars, max, unit);
    }
}
