package cn.taxprocurement.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A bar chart drawn on the server as SVG: no script and no chart library to download. */
public record BarChart(int width, int height, int baseline, List<Bar> bars) {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int TOP = 24;
    private static final int BOTTOM = 40;
    private static final int LINE = 16;
    // At the chart's 12px text: a Chinese character is about 12 wide, a Latin letter or digit about 7.
    private static final int WIDE_CHAR = 12;
    private static final int NARROW_CHAR = 7;

    /** One bar: its label under it, its value above it, and where it stands. */
    public record Bar(String label, String value, int x, int y, int barWidth, int barHeight, int labelX, int labelY) {}

    /** One bar per entry, scaled to the largest value; negative values draw no bar but keep their label. */
    public record Entry(String label, BigDecimal value) {}

    static BarChart of(List<Entry> entries) {
        double max = entries.stream()
                .map(Entry::value)
                .filter(v -> v != null)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0);
        int baseline = HEIGHT - BOTTOM;
        int slot = entries.isEmpty() ? WIDTH : WIDTH / entries.size();
        int barWidth = Math.max(8, Math.min(60, slot * 3 / 5));
        // Labels wider than their slot would run into their neighbours: every other one then drops a line.
        boolean staggered = entries.stream().anyMatch(entry -> textWidth(entry.label()) > slot - 4);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            double value = entry.value() == null ? 0 : Math.max(0, entry.value().doubleValue());
            int barHeight = max <= 0 ? 0 : (int) Math.round(value / max * (baseline - TOP));
            int x = i * slot + (slot - barWidth) / 2;
            bars.add(new Bar(
                    entry.label(),
                    Formats.percent(entry.value()),
                    x,
                    baseline - barHeight,
                    barWidth,
                    barHeight,
                    x + barWidth / 2,
                    baseline + 18 + (staggered && i % 2 == 1 ? LINE : 0)));
        }
        return new BarChart(WIDTH, HEIGHT, baseline, bars);
    }

    private static int textWidth(String text) {
        return text.codePoints()
                .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? WIDE_CHAR : NARROW_CHAR)
                .sum();
    }
}
