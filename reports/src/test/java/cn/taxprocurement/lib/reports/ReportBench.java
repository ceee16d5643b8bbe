package cn.taxprocurement.lib.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Benchmark of the detail sheets against plain SXSSF and a gzip CSV floor; see reports/README.md "Benchmark". */
final class ReportBench {
    private static final String[] VENDORS =
            IntStream.range(0, 200).mapToObj(i -> "供应商" + i + "信息技术有限公司").toArray(String[]::new);

    private static final int WARM_UP_ROWS = 50_000;

    private ReportBench() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        // A short unprinted round first, so that no case pays for class loading and JIT compilation of the others.
        run(WARM_UP_ROWS, false);
        run(rows, true);
    }

    private static void run(int rows, boolean print) throws IOException {
        measure("savings", rows, print, out -> new SavingsReportWriter()
                .write(
                        ReportFixtures.savings2018(),
                        ReportFixtures.savingsByCategory(),
                        ReportFixtures.savingsByMethod(),
                        ReportFixtures.savingsTrend(),
                        savingsRows(rows),
                        out));
        measure("catalog", rows, print, out -> new CatalogReportWriter()
                .write(
                        productRows(rows),
                        () -> new CatalogFigures(ReportFixtures.catalog2019(), ReportFixtures.catalogByCategory()),
                        out));
        measure("plain-sxssf", rows, print, out -> plainSxssf(savingsRows(rows), out));
        measure("gzip-csv", rows, print, out -> gzipCsv(savingsRows(rows), out));
    }

    private interface Report {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void measure(String name, int rows, boolean print, Report report) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        CountingOutputStream out = new CountingOutputStream();
        long start = System.nanoTime();
        report.writeTo(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        if (print) {
            System.out.printf(
                    "report-bench %s: %.0f rows/s, peak heap %d MB, %d bytes%n",
                    name, rows / seconds, peak / (1024 * 1024), out.bytes());
        }
    }

    static Iterator<SavingsDetailRow> savingsRows(int rows) {
        return IntStream.range(0, rows)
                .mapToObj(i -> {
                    BigDecimal budget = BigDecimal.valueOf(100_000_00L + i * 37L, 2);
                    BigDecimal awarded = BigDecimal.valueOf(92_000_00L + i * 29L, 2);
                    return new SavingsDetailRow(
                            "TP-2018-" + i,
                            "第" + i + "号台式计算机集中采购项目",
                            "A02010104",
                            "台式计算机",
                            "公开招标",
                            budget,
                            awarded,
                            budget.subtract(awarded),
                            Rates.savingsRate(budget, awarded),
                            VENDORS[i % VENDORS.length],
                            LocalDate.of(2018, 1 + i % 12, 1 + i % 28));
                })
                .iterator();
    }

    static Iterator<CatalogProductRow> productRows(int rows) {
        return IntStream.range(0, rows)
                .mapToObj(i -> new CatalogProductRow(
                        "A02010104",
                        "台式计算机",
                        VENDORS[i % VENDORS.length],
                        "91110108700000000X",
                        "品牌" + i % 120,
                        "M" + i,
                        "i5-8500/8G/1T/23.8英寸 第" + i + "款",
                        BigDecimal.valueOf(4_999_00L + i, 2)))
                .iterator();
    }

    /** POI's streaming workbook with its defaults, as most code uses it: the baseline our writer must beat. */
    private static void plainSxssf(Iterator<SavingsDetailRow> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook();
        try {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat(Styles.MONEY_FORMAT));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(Styles.DATE_FORMAT));
            Sheet sheet = workbook.createSheet(SavingsReportWriter.DETAILS);
            int index = 0;
            while (rows.hasNext()) {
                SavingsDetailRow detail = rows.next();
                Row row = sheet.createRow(index++);
                row.createCell(0).setCellValue(detail.projectCode());
                row.createCell(1).setCellValue(detail.title());
                row.createCell(2).setCellValue(detail.categoryCode());
                row.createCell(3).setCellValue(detail.categoryName());
                row.createCell(4).setCellValue(detail.methodName());
                money(row, 5, detail.budget(), money);
                money(row, 6, detail.awarded(), money);
                money(row, 7, detail.savings(), money);
                row.createCell(8).setCellValue(detail.savingsRate().doubleValue());
                row.createCell(9).setCellValue(detail.vendorName());
                row.createCell(10).setCellValue(detail.awardedOn());
                row.getCell(10).setCellStyle(date);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void money(Row row, int column, BigDecimal value, CellStyle style) {
        row.createCell(column).setCellValue(value.doubleValue());
        row.getCell(column).setCellStyle(style);
    }

    /** The floor any .xlsx writer could approach: the same rows as deflated text. */
    private static void gzipCsv(Iterator<SavingsDetailRow> rows, OutputStream out) throws IOException {
        try (Writer csv = new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16), StandardCharsets.UTF_8)) {
            while (rows.hasNext()) {
                SavingsDetailRow d = rows.next();
                csv.append(d.projectCode())
                        .append(',')
                        .append(d.title())
                        .append(',')
                        .append(d.categoryCode())
                        .append(',')
                        .append(d.categoryName())
                        .append(',')
                        .append(d.methodName())
                        .append(',')
                        .append(d.budget().toPlainString())
                        .append(',')
                        .append(d.awarded().toPlainString())
                        .append(',')
                        .append(d.savings().toPlainString())
                        .append(',')
                        .append(d.savingsRate().toPlainString())
                        .append(',')
                        .append(d.vendorName())
                        .append(',')
                        .append(d.awardedOn().toString())
                        .append('\n');
            }
        }
    }
}
