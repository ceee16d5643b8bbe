package cn.taxprocurement.lib.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Iterator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The detail sheets stream: far more rows than a 64 MB heap could hold as a workbook still get written. */
class StreamingMemoryTest {
    private static final int ROWS = 200_000;

    @Test
    void twoHundredThousandDetailRowsAreWrittenWithinA64MegabyteHeap() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
        Iterator<SavingsDetailRow> details = IntStream.range(0, ROWS)
                .mapToObj(i -> ReportFixtures.detail(
                        "CG-2018-" + i,
                        "2018年第 " + i + " 批台式计算机采购",
                        "A02010104",
                        "台式计算机",
                        "供应商 " + i,
                        "500000.00",
                        "460000.00"))
                .iterator();
        CountingOutputStream out = new CountingOutputStream();

        new SavingsReportWriter()
                .write(
                        ReportFixtures.savings2018(),
                        ReportFixtures.savingsByCategory(),
                        ReportFixtures.savingsByMethod(),
                        ReportFixtures.savingsTrend(),
                        details,
                        out);

        assertThat(details.hasNext()).isFalse();
        assertThat(out.bytes()).isGreaterThan(ROWS * 20L);
    }
}
