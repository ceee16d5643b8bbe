package cn.taxprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BarChartTest {
    @Test
    void labelsThatFitTheirBarsShareOneLine() {
        BarChart chart = BarChart.of(List.of(
                new BarChart.Entry("2018", new BigDecimal("7.61")),
                new BarChart.Entry("2019", new BigDecimal("8.14"))));

        assertThat(chart.bars()).extracting(BarChart.Bar::labelY).containsOnly(chart.baseline() + 18);
    }

    @Test
    void labelsWiderThanTheirBarsTakeTurnsOnTwoLinesSoThatNeighboursDoNotOverlap() {
        List<BarChart.Entry> categories = IntStream.range(0, 12)
                .mapToObj(i -> new BarChart.Entry(i == 3 ? "平板式微型计算机" : "服务器", new BigDecimal("8.00")))
                .toList();

        List<Integer> lines = BarChart.of(categories).bars().stream()
                .map(BarChart.Bar::labelY)
                .toList();

        assertThat(lines.get(2)).isNotEqualTo(lines.get(3)).isEqualTo(lines.get(4));
        assertThat(lines).containsOnly(lines.get(0), lines.get(1));
    }
}
