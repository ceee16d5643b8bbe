package cn.taxprocurement.lib.catalogimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks built to exhaust memory are refused as they are read, each naming the limit it broke, and reading them
 * stays within a small heap.
 */
class HostileWorkbookTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aHeaderCellInColumnTwoBillionIsRefusedInASixtyFourMegabyteHeap() throws Exception {
        Path file = HostileXlsx.workbook()
                .headerEndingWith(HostileXlsx.cell("FLHOMVY1", "备注"))
                .write(dir.resolve("far-column.xlsx"));
        assertThat(Files.size(file)).isLessThan(5_000);

        assertRefused(file, "超出 XFD 列（第 16,384 列");
        assertThat(inASmallHeap(file)).startsWith("CatalogFileRefused: 工作表第 1 行有超出 XFD 列");
    }

    @Test
    void aCellJustBeyondXfdIsRefused() {
        assertRefused(
                HostileXlsx.workbook()
                        .headerEndingWith(HostileXlsx.cell("XFE1", "备注"))
                        .write(dir.resolve("xfe.xlsx")),
                "XFD");
    }

    @Test
    void aCatalogReachingColumnIvIsReadAndOneBeyondItIsRefusedNamingTheLimit() {
        Path iv = HostileXlsx.workbook().rows(header("IV1") + row2("IV2")).write(dir.resolve("iv.xlsx"));
        assertThat(new CatalogImporter().inspect(iv.toFile()))
                .isEqualTo(new WorkbookShape(1, List.of(CatalogColumn.values()), 1));

        Path iw = HostileXlsx.workbook().rows(header("IW1") + row2("IW2")).write(dir.resolve("iw.xlsx"));
        assertRefused(iw, "第 257 列有单元格，超出了产品目录最多 256 列");
    }

    @Test
    void cellsWithoutReferencesBeyondTheCatalogsLastColumnAreRefused() {
        Path file = HostileXlsx.workbook()
                .headerEndingWith("<c r=\"IS1\"/>" + "<c/>".repeat(4))
                .write(dir.resolve("unnamed-cells.xlsx"));

        assertRefused(file, "超出了产品目录最多 256 列");
    }

    @Test
    void aMillionEmptyCellsInOneRowAreRefusedNamingTheLimit() throws Exception {
        Path file = HostileXlsx.workbook()
                .headerEndingWith(HostileXlsx.emptyCells(1_000_000))
                .write(dir.resolve("million-cells.xlsx"));
        assertBelowPoisZipBombRatio(file, "xl/worksheets/sheet1.xml", 10 * MB);

        assertRefused(file, "第 1 行的单元格超过 256 个的上限");
        assertThat(inASmallHeap(file)).startsWith("CatalogFileRefused: 工作表第 1 行的单元格超过 256 个的上限");
    }

    @Test
    void aRowBeyondExcelsLastIsRefusedWhateverItsNumber() {
        for (String number : List.of("1048577", "99999999999999999999")) {
            Path file = HostileXlsx.workbook()
                    .rows(header("E1") + "<row r=\"" + number + "\">" + HostileXlsx.cell("A" + number, "A02010104")
                            + "</row>")
                    .write(dir.resolve("far-row-" + number.length() + ".xlsx"));

            assertRefused(file, "超出第 1,048,576 行");
        }
    }

    @Test
    void oneHundredSixtyMegabytesOfSharedStringsInTwoAreRefusedInASixtyFourMegabyteHeap() throws Exception {
        Path file = HostileXlsx.workbook()
                .sharedStrings(HostileXlsx.sharedStringsOf(160 * MB))
                .write(dir.resolve("strings.xlsx"));
        assertThat(Files.size(file)).isBetween(MB, 3 * MB);
        assertBelowPoisZipBombRatio(file, "xl/sharedStrings.xml", 160 * MB);

        assertRefused(file, "共享文字表解压后超过 32 MB 的上限");
        assertThat(inASmallHeap(file)).startsWith("CatalogFileRefused: 工作簿的共享文字表解压后超过 32 MB 的上限");
    }

    @Test
    void moreSharedStringsThanTheRowsNeedAreRefusedNamingTheCount() {
        Path file = HostileXlsx.workbook()
                .sharedStrings(HostileXlsx.sharedStringsCounting(10_061))
                .write(dir.resolve("many-strings.xlsx"));

        assertThatThrownBy(() -> new CatalogImporter(new ImportLimits(20 * MB, 10)).inspect(file.toFile()))
                .isInstanceOf(CatalogFileRefused.class)
                .hasMessageContaining("超过 10060 条文字的上限");
    }

    @Test
    void aTwoHundredMegabyteStylesPartIsRefusedInASixtyFourMegabyteHeap() throws Exception {
        Path file =
                HostileXlsx.workbook().styles(HostileXlsx.stylesOf(200 * MB)).write(dir.resolve("styles.xlsx"));
        assertBelowPoisZipBombRatio(file, "xl/styles.xml", 200 * MB);

        assertRefused(file, "样式表解压后超过 4 MB 的上限");
        assertThat(inASmallHeap(file)).startsWith("CatalogFileRefused: 工作簿的样式表解压后超过 4 MB 的上限");
    }

    @Test
    void moreCellFormatsOrNumberFormatsThanExcelAllowsAreRefused() {
        assertRefused(
                HostileXlsx.workbook()
                        .styles(HostileXlsx.stylesWith("cellXfs", "<xf numFmtId=\"0\" fontId=\"?\"/>", 65_491))
                        .write(dir.resolve("xfs.xlsx")),
                "超过 65490 种单元格格式的上限");
        assertRefused(
                HostileXlsx.workbook()
                        .styles(HostileXlsx.stylesWith("numFmts", "<numFmt numFmtId=\"#\" formatCode=\"0.0\"/>", 1_001))
                        .write(dir.resolve("numfmts.xlsx")),
                "超过 1000 种数字格式的上限");
    }

    @Test
    void aDateFormatIsStillFoundByTheStylesReader() {
        Path file = HostileXlsx.workbook()
                .styles(out -> out.write(("<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\"/>"
                                + "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/>"
                                + "<xf numFmtId=\"4\"/></cellXfs></styleSheet>")
                        .getBytes(StandardCharsets.UTF_8)))
                .rows(header("E1") + priceRow(2, 1) + priceRow(3, 2) + priceRow(4, 3))
                .write(dir.resolve("date-styles.xlsx"));
        List<RejectedRow> rejected = new java.util.ArrayList<>();

        new CatalogImporter().validate(file.toFile(), RoundCheck.fileOnly(), product -> {}, rejected::add);

        assertThat(rejected).extracting(r -> r.row().rowNumber()).containsExactly(2, 3);
    }

    @Test
    void oneHundredThousandTinySheetsAreRefusedBeforeThePackageIsOpened() throws Exception {
        Path file = HostileXlsx.workbook().extraSheets(100_000).write(dir.resolve("sheets.xlsx"));
        assertThat(Files.size(file)).isLessThan(20 * MB);

        assertRefused(file, "超过 1,000 个的上限");
        assertThat(inASmallHeap(file)).startsWith("CatalogFileRefused: 工作簿由 100,0");
    }

    @Test
    void elementsNestedOneHundredThousandDeepAreRefusedNamingTheDepth() throws Exception {
        Path file = HostileXlsx.workbook()
                .rows(header("E1") + HostileXlsx.nested(100_000))
                .stored()
                .write(dir.resolve("nested.xlsx"));

        assertRefused(file, "嵌套超过 256 层的上限");
        assertThat(inASmallHeap(file)).startsWith("CatalogFileRefused: 工作簿的工作表中 XML 元素嵌套超过 256 层");
    }

    @Test
    void aTagOfTwoMegabytesIsRefusedBeforeTheParserHoldsIt() {
        Path file = HostileXlsx.workbook()
                .rows(header("E1") + "<row r=\"2\" note=\"" + "a'>".repeat(700_000) + "\"/>")
                .stored()
                .write(dir.resolve("long-tag.xlsx"));

        assertRefused(file, "XML 标记超过 1 MB 的上限");
    }

    @Test
    void aPartPoiReadsWholeIsRefusedBeyondOneMegabyteWhateverItsName() {
        HostileXlsx.Content twoMegabytes = out -> out.write(("<cp:coreProperties xmlns:cp=\"urn:cp\"><title>"
                        + "x".repeat(2 * 1024 * 1024) + "</title></cp:coreProperties>")
                .getBytes(StandardCharsets.UTF_8));

        assertRefused(
                HostileXlsx.workbook()
                        .coreProperties("docProps/core.xml", twoMegabytes)
                        .write(dir.resolve("core.xlsx")),
                "包结构部件解压后超过 1 MB 的上限");
        assertRefused(
                HostileXlsx.workbook()
                        .coreProperties("docProps/Other.xml", twoMegabytes)
                        .write(dir.resolve("core-elsewhere.xlsx")),
                "包结构部件解压后超过 1 MB 的上限");
    }

    @Test
    void theWorkerReadsUnderTheSameLimits() {
        Path file = HostileXlsx.workbook()
                .headerEndingWith(HostileXlsx.cell("FLHOMVY1", "备注"))
                .write(dir.resolve("far-column-read.xlsx"));

        assertThatThrownBy(() -> new CatalogImporter().read(file.toFile(), row -> {}))
                .isInstanceOf(CatalogFileRefused.class);
        assertThatThrownBy(() ->
                        new CatalogImporter().validate(file.toFile(), RoundCheck.fileOnly(), product -> {}, row -> {}))
                .isInstanceOf(CatalogFileRefused.class);
    }

    private static void assertRefused(Path file, String limit) {
        assertThatThrownBy(() -> new CatalogImporter().inspect(file.toFile()))
                .isInstanceOf(CatalogFileRefused.class)
                .hasMessageContaining(limit)
                .hasMessageContaining("已拒绝导入");
    }

    /** The part inflates less than 100 times its compressed size, so POI's zip-bomb guard lets it through. */
    private static void assertBelowPoisZipBombRatio(Path file, String part, long atLeast) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var entry = zip.getEntry(part);
            assertThat(entry.getSize()).isGreaterThanOrEqualTo(atLeast);
            assertThat(entry.getSize()).isLessThan(entry.getCompressedSize() * 100);
        }
    }

    /** Inspects the file in a fresh JVM whose heap is 64 MB, which exits on running out of memory. */
    private static String inASmallHeap(Path file) throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        InspectInSmallHeap.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines()
                .filter(line -> line.startsWith("Catalog"))
                .findFirst()
                .orElse(output);
    }

    private static String header(String lastReference) {
        String[] texts = {"品目编码", "品牌", "型号", "规格参数", "单价(元)"};
        String letters = lastReference.replaceAll("[0-9]", "");
        StringBuilder row = new StringBuilder("<row r=\"1\">");
        for (int i = 0; i < texts.length; i++) {
            row.append(HostileXlsx.cell(column(letters, i - texts.length + 1) + "1", texts[i]));
        }
        return row.append("</row>").toString();
    }

    private static String row2(String lastReference) {
        String letters = lastReference.replaceAll("[0-9]", "");
        String[] texts = {"A02010104", "联想", "M1", "", "100"};
        StringBuilder row = new StringBuilder("<row r=\"2\">");
        for (int i = 0; i < texts.length; i++) {
            row.append(HostileXlsx.cell(column(letters, i - texts.length + 1) + "2", texts[i]));
        }
        return row.append("</row>").toString();
    }

    private static String priceRow(int number, int style) {
        return "<row r=\"%d\">%s%s%s<c r=\"E%d\" s=\"%d\"><v>45000</v></c></row>"
                .formatted(
                        number,
                        HostileXlsx.cell("A" + number, "A02010104"),
                        HostileXlsx.cell("B" + number, "联想"),
                        HostileXlsx.cell("C" + number, "M" + number),
                        number,
                        style);
    }

    /** The letters of the column {@code offset} columns from {@code letters} (offset ≤ 0). */
    private static String column(String letters, int offset) {
        int number = 0;
        for (char c : letters.toCharArray()) {
            number = number * 26 + (c - 'A' + 1);
        }
        number += offset;
        StringBuilder text = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            text.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return text.toString();
    }
}
