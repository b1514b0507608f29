package coop.agora.helpdesk;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart drawn in SVG on the server: one bar per line, one or two series (a period
 * and the period it is compared with), values from 0 to {@code max}. Labels and values stay HTML
 * text next to the bars, so that they zoom, translate and contrast like the rest of the page.
 */
public record BarChart(List<Bar> bars, double max) {

    static final int PLOT_WIDTH = 300;

    /** A bar; {@code series} 0 is the period, 1 the period compared with, whose label is left empty. */
    public record Bar(String label, double value, String text, int series, int length) {}

    public int plotWidth() {
        return PLOT_WIDTH;
    }

    static BarChart of(List<String> labels, List<@Nullable Double> values, List<@Nullable Double> compared, double max,
            java.util.function.DoubleFunction<String> format) {
        var bars = new ArrayList<Bar>();
        var series = compared.isEmpty() ? 1 : 2;
        for (int i = 0; i < labels.size(); i++) {
            for (int s = 0; s < series; s++) {
                var value = s == 0 ? values.get(i) : compared.get(i);
                var v = value == null ? 0 : value;
                bars.add(new Bar(s == 0 ? labels.get(i) : "", v, value == null ? "–" : format.apply(v), s,
                        (int) Math.round(PLOT_WIDTH * Math.min(v, max) / max)));
            }
        }
        return new BarChart(bars, max);
    }
}
