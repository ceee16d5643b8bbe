package cn.taxprocurement.lib.catalogimport;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The parse + validate benchmark of the README: {@code generate FILE ROWS} writes an Excel-style catalog (shared
 * strings), {@code measure FILE} reads and validates it and prints one line of rows/s and peak heap.
 */
final class ImportBench {

    private static final int WARM_UP_RUNS = 2;
    private static final int MEASURED_RUNS = 3;

    private static final List<String> CATEGORIES = List.of(
            "A02010104",
            "A02010105",
            "A02010107",
            "A02010201",
            "A02021001",
            "A02021003",
            "A02040102",
            "A02052301",
            "A02091001");
    private static final List<String> BRANDS = List.of(
            "联想",
            "华为",
            "Dell",
            "HP",
            "浪潮",
            "曙光",
            "长城",
            "清华同方",
            "新华三",
            "中兴",
            "奔图",
            "得力",
            "佳能",
            "爱普生",
            "锐捷",
            "Lenovo ThinkSystem",
            "紫光",
            "海信",
            "方正",
            "宏碁");

    private ImportBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 2 && args[0].equals("measure")) {
            measure(new File(args[1]));
        } else {
            System.err.println("usage: ImportBench generate FILE ROWS | measure FILE");
            System.exit(2);
        }
    }

    private static void generate(Path file, int rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random random = new Random(2019);
        String[] specs = new String[500];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = "处理器 %d 核 %.1fGHz / 内存 %dGB / 固态硬盘 %dGB / 国产操作系统适配 / 三年原厂上门保修 第%d款"
                    .formatted(4 + i % 12, 2.0 + (i % 15) / 10.0, 8 << (i % 3), 256 << (i % 3), i);
        }
        // Shared strings, as Excel itself saves them, rather than SXSSF's default inline strings.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("产品目录");
            Row header = sheet.createRow(0);
            for (CatalogColumn column : CatalogColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(CATEGORIES.get(i % CATEGORIES.size()));
                row.createCell(1).setCellValue(BRANDS.get(i % BRANDS.size()));
                row.createCell(2)
                        .setCellValue("TX-%06d-%s".formatted(i, Integer.toString(random.nextInt(1 << 20), 36)));
                row.createCell(3).setCellValue(specs[random.nextInt(specs.length)]);
                row.createCell(4).setCellValue((100_00 + random.nextInt(9_990_000)) / 100.0);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void measure(File file) {
        CatalogImporter importer = new CatalogImporter();
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            run(importer, file);
        }
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] rowsPerSecond = new double[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            int rows = run(importer, file);
            rowsPerSecond[i] = rows / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rowsPerSecond);
        long peakBytes = heapPools.stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                "import-bench parse: %.0f rows/s, peak heap %d MB%n",
                rowsPerSecond[MEASURED_RUNS / 2], peakBytes / (1024 * 1024));
    }

    private static int run(CatalogImporter importer, File file) {
        int[] accepted = {0};
        ImportSummary summary = importer.validate(file, RoundCheck.fileOnly(), product -> accepted[0]++, rejected -> {
            throw new IllegalStateException("benchmark row rejected: " + rejected.errors());
        });
        return summary.totalRows();
    }
}
