package cn.taxprocurement.lib.catalogimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImporterTest {

    @TempDir
    Path dir;

    @Test
    void columnsInAnyOrderAreFoundByTheirHeaderText() {
        Outcome outcome = validate(catalog("shuffled-columns.xlsx"));

        assertThat(outcome.summary.totalRows()).isEqualTo(3);
        assertThat(outcome.accepted)
                .containsExactly(
                        new CatalogProduct(
                                2,
                                "A02010104",
                                "联想",
                                "ThinkCentre M90t",
                                "i7-12700/16G/512G SSD",
                                new BigDecimal("4599.00")),
                        new CatalogProduct(3, "A02010104", "Dell", "OptiPlex 7010", "", new BigDecimal("1999.99")));
        assertThat(outcome.errors()).containsExactly(new RowError(4, "单价(元)", "单价必须大于 0"));
    }

    @Test
    void aFullWidthHeaderIsFoundAndAFullWidthCopyOfAProductIsADuplicate() {
        Outcome outcome = validate(catalog("full-width-header.xlsx"));

        assertThat(outcome.accepted)
                .extracting(CatalogProduct::unitPrice)
                .containsExactly(new BigDecimal("4599.00"), new BigDecimal("5299.00"));
        assertThat(outcome.errors()).containsExactly(new RowError(4, "型号", "品牌和型号与第 2 行重复，同一产品只能填写一行"));
        assertThat(outcome.rejected.get(0).row().brand()).isEqualTo("ＬＥＮＯＶＯ");
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersStayThoseOfTheSheet() {
        Outcome outcome = validate(catalog("blank-rows.xlsx"));

        assertThat(outcome.summary.totalRows()).isEqualTo(3);
        assertThat(outcome.accepted).extracting(CatalogProduct::rowNumber).containsExactly(2, 4, 7);
    }

    @Test
    void aFormulaCountsByItsComputedValueAndFormulaLookingTextStaysText() {
        Outcome outcome = validate(catalog("formulas.xlsx"));

        assertThat(outcome.accepted)
                .extracting(CatalogProduct::model, CatalogProduct::unitPrice)
                .containsExactly(tuple("M90t", new BigDecimal("4599.00")), tuple("M70q", new BigDecimal("3599.00")));
        assertThat(outcome.errors()).containsExactly(new RowError(4, "单价(元)", "单价必须大于 0"));
        CatalogRow rejected = outcome.rejected.get(0).row();
        assertThat(rejected.brand()).isEqualTo("=HYPERLINK(\"http://example.invalid\",\"x\")");
        assertThat(rejected.model()).isEqualTo("@SUM(1+1)");
        assertThat(rejected.unitPrice()).isEqualTo("-5");
    }

    @Test
    void aFormulaWithoutAComputedValueIsRefusedAndKeptAsItsText() {
        Path file = RawXlsx.write(
                dir.resolve("uncomputed.xlsx"),
                "",
                RawXlsx.header()
                        + "<row r=\"2\">"
                        + cells(2, "A02010104", "联想", "M90t", "")
                        + "<c r=\"E2\"><f>4000+599</f></c></row>");

        Outcome outcome = validate(file);

        assertThat(outcome.errors()).containsExactly(new RowError(2, "单价(元)", SheetHandler.UNCOMPUTED_FORMULA));
        assertThat(outcome.rejected.get(0).row().unitPrice()).isEqualTo("=4000+599");
    }

    @Test
    void aFormulaWithAnEmptyValueIsReportedAsUncomputedNotAsAMissingPrice() {
        Path file = RawXlsx.write(
                dir.resolve("empty-value.xlsx"),
                "",
                RawXlsx.header()
                        + "<row r=\"2\">"
                        + cells(2, "A02010104", "联想", "M90t", "")
                        + "<c r=\"E2\"><f>D2*2</f><v></v></c></row>"
                        + "<row r=\"3\">"
                        + cells(3, "A02010104", "联想", "M70q", "")
                        + "<c r=\"E3\" t=\"n\"><f>D3*2</f><v/></c></row>");

        Outcome outcome = validate(file);

        assertThat(outcome.errors())
                .containsExactly(
                        new RowError(2, "单价(元)", SheetHandler.UNCOMPUTED_FORMULA),
                        new RowError(3, "单价(元)", SheetHandler.UNCOMPUTED_FORMULA));
        assertThat(SheetHandler.UNCOMPUTED_FORMULA).contains("公式", "计算结果", "Excel", "WPS", "保存");
    }

    @Test
    void aFormulaThatComputedAnEmptyTextIsNotCalledUncomputed() {
        Path file = RawXlsx.write(
                dir.resolve("empty-text.xlsx"),
                "",
                RawXlsx.header()
                        + "<row r=\"2\">"
                        + cells(2, "A02010104", "联想", "M90t")
                        + "<c r=\"D2\" t=\"str\"><f>\"\"</f><v></v></c><c r=\"E2\"><v>4599</v></c></row>");

        assertThat(validate(file).accepted).extracting(CatalogProduct::specs).containsExactly("");
    }

    @Test
    void theErrorWorkbookOfAnUncomputedFormulaKeepsOtherRowsPricesAsNumbers() throws IOException {
        Path file = RawXlsx.write(
                dir.resolve("mixed.xlsx"),
                "",
                RawXlsx.header()
                        + "<row r=\"2\">"
                        + cells(2, "A02010104", "联想", "M90t", "")
                        + "<c r=\"E2\"><f>4000+599</f><v></v></c></row>"
                        + "<row r=\"3\">"
                        + cells(3, "A02010104", "", "M70q", "")
                        + "<c r=\"E3\"><v>3599.5</v></c></row>");
        Outcome outcome = validate(file);
        Path errors = dir.resolve("errors.xlsx");
        try (OutputStream out = Files.newOutputStream(errors);
                ErrorWorkbookWriter writer = new ErrorWorkbookWriter(out)) {
            outcome.rejected.forEach(writer);
        }

        try (var workbook = new XSSFWorkbook(Files.newInputStream(errors))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("=4000+599");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).contains("没有保存它的计算结果");
            assertThat(sheet.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(3599.5);
        }
    }

    @Test
    void prefixedSheetElementsAreReadLikePlainOnes() {
        Path file = RawXlsx.writePrefixed(
                dir.resolve("prefixed.xlsx"), RawXlsx.header() + RawXlsx.row(2, "A02010104", "联想", "M90t", "", "4599"));

        assertThat(validate(file).accepted).extracting(CatalogProduct::model).containsExactly("M90t");
    }

    @Test
    void aDateInThePriceColumnIsRefused() {
        Outcome outcome = validate(catalog("dates-in-price.xlsx"));

        assertThat(outcome.errors()).containsExactly(new RowError(2, "单价(元)", "单价不能是日期，请填写金额，例如 1299.00"));
        assertThat(outcome.accepted).extracting(CatalogProduct::unitPrice).containsExactly(new BigDecimal("3599.50"));
    }

    @Test
    void aNumberCellIsReadAsTheDecimalExcelShows() {
        Path file = RawXlsx.write(
                dir.resolve("float.xlsx"),
                "",
                RawXlsx.header()
                        + "<row r=\"2\">"
                        + cells(2, "A02010104", "联想", "M90t", "")
                        + "<c r=\"E2\"><v>1999.9899999999998</v></c></row>");

        assertThat(validate(file).accepted)
                .extracting(CatalogProduct::unitPrice)
                .containsExactly(new BigDecimal("1999.99"));
    }

    @Test
    void tenMegabytesOfSpecsInOneCellAreRefusedWithoutKeepingThemAll() {
        Random random = new Random(4);
        StringBuilder specs = new StringBuilder(10 * 1024 * 1024);
        while (specs.length() < 10 * 1024 * 1024) {
            specs.append((char) (0x4E00 + random.nextInt(256)));
        }
        Path file = RawXlsx.write(
                dir.resolve("huge-specs.xlsx"),
                "",
                RawXlsx.header() + RawXlsx.row(2, "A02010104", "联想", "M90t", specs.toString(), "4599"));

        Outcome outcome = validate(file);

        assertThat(outcome.errors()).containsExactly(new RowError(2, "规格参数", "规格参数最多 2000 个字符，当前超过 32767个字符，请精简"));
        assertThat(outcome.rejected.get(0).row().specs()).hasSize(Cells.MAX_CELL_CHARS);
    }

    @Test
    void aZipBombIsRefusedAsAWholeFile() throws IOException {
        Path file = RawXlsx.write(dir.resolve("bomb.xlsx"), "", RawXlsx.header() + " ".repeat(60_000_000));
        assertThat(Files.size(file)).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> validate(file))
                .isInstanceOf(CatalogFileRefused.class)
                .hasMessage("文件解压后的内容异常庞大（疑似压缩炸弹），已拒绝导入");
    }

    @Test
    void aWorkbookLinkedToAnotherFileIsRefusedAsAWholeFile() throws Exception {
        Path file = RawXlsx.write(
                dir.resolve("linked.xlsx"), "", RawXlsx.header() + RawXlsx.row(2, "A02010104", "联想", "M1", "", "100"));
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg =
                org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile())) {
            var link = pkg.createPart(
                    org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(
                            "/xl/externalLinks/externalLink1.xml"),
                    org.apache.poi.xssf.usermodel.XSSFRelation.EXTERNAL_LINKS.getContentType());
            try (OutputStream out = link.getOutputStream()) {
                out.write("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        assertThatThrownBy(() -> validate(file))
                .isInstanceOf(CatalogFileInvalid.class)
                .hasMessageContaining("外部链接");
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT");
        Path file = RawXlsx.write(
                dir.resolve("xxe.xlsx"),
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>",
                RawXlsx.header()
                        + "<row r=\"2\">"
                        + cells(2, "A02010104")
                        + "<c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");

        assertThatThrownBy(() -> validate(file))
                .isInstanceOf(CatalogFileRefused.class)
                .hasMessage("文件中含有不允许的 XML 声明（DOCTYPE 或实体），已拒绝导入");
    }

    @Test
    void anXlsRenamedXlsxIsRefusedBeforeParsing() {
        assertThatThrownBy(() -> validate(catalog("xls-renamed.xlsx")))
                .isInstanceOf(CatalogFileNotXlsx.class)
                .hasMessage("这是旧版 Excel 97-2003 (.xls) 文件，请在 Excel 中另存为 .xlsx 格式后再上传");
    }

    @Test
    void aCsvRenamedXlsxIsRefusedBeforeParsing() throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.xlsx"), "品目编码,品牌,型号,规格参数,单价(元)\nA02010104,联想,M90t,,4599\n");

        assertThatThrownBy(() -> validate(file))
                .isInstanceOf(CatalogFileNotXlsx.class)
                .hasMessage("上传的文件不是 Excel 工作簿 (.xlsx)，请使用本轮的导入模板填写后上传");
    }

    @Test
    void aWordDocumentRenamedXlsxIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("letter.xlsx");
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("产品目录");
            document.write(out);
        }

        assertThatThrownBy(() -> validate(file))
                .isInstanceOf(CatalogFileNotXlsx.class)
                .hasMessage("上传的文件是 Office 文档，但不是 Excel 工作簿 (.xlsx)");
    }

    @Test
    void aTruncatedWorkbookIsRefusedAsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(catalog("shuffled-columns.xlsx"));
        Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> validate(file))
                .isInstanceOf(CatalogFileNotXlsx.class)
                .hasMessage("上传的文件不是有效的 Excel 工作簿 (.xlsx)，可能已损坏");
    }

    @Test
    void anEmptyWorkbookFailsAsAWhole() {
        assertThatThrownBy(() -> validate(catalog("empty.xlsx")))
                .isInstanceOf(CatalogFileInvalid.class)
                .hasMessage("第一张工作表是空的：没有表头，也没有产品数据");
    }

    @Test
    void aHeaderWithoutRowsFailsAsAWhole() {
        assertThatThrownBy(() -> validate(catalog("header-only.xlsx")))
                .isInstanceOf(CatalogFileInvalid.class)
                .hasMessage("第一张工作表只有表头，没有产品数据");
    }

    @Test
    void missingRequiredColumnsAreNamed() {
        Path file = RawXlsx.write(
                dir.resolve("missing.xlsx"),
                "",
                RawXlsx.row(1, "品目编码", "型号", "备注") + RawXlsx.row(2, "A02010104", "M90t", "x"));

        assertThatThrownBy(() -> validate(file))
                .isInstanceOf(CatalogFileInvalid.class)
                .hasMessage("第 1 行的表头缺少必需的列：“品牌”、“单价(元)”。请使用本轮的导入模板，不要修改表头");
    }

    @Test
    void aTitleAboveTheHeaderIsTolerated() {
        Path file = RawXlsx.write(
                dir.resolve("titled.xlsx"),
                "",
                RawXlsx.row(1, "2019 年入围产品目录")
                        + RawXlsx.row(2, "品目编码", "品牌", "型号", "规格参数", "单价(元)")
                        + RawXlsx.row(3, "A02010104", "联想", "M90t", "", "4599"));

        assertThat(validate(file).accepted)
                .extracting(CatalogProduct::rowNumber)
                .containsExactly(3);
    }

    @Test
    void aSheetWithoutAnyCatalogHeaderFailsAsAWhole() {
        Path file =
                RawXlsx.write(dir.resolve("other.xlsx"), "", RawXlsx.row(1, "姓名", "电话") + RawXlsx.row(2, "张三", "123"));

        assertThatThrownBy(() -> validate(file))
                .isInstanceOf(CatalogFileInvalid.class)
                .hasMessage("第一张工作表中没有找到表头（品目编码、品牌、型号、规格参数、单价(元)），请使用本轮的导入模板");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsOpened() {
        CatalogImporter importer = new CatalogImporter(new ImportLimits(1024, 10));

        assertThatThrownBy(() -> importer.read(catalog("shuffled-columns.xlsx").toFile(), row -> {}))
                .isInstanceOf(CatalogFileTooLarge.class)
                .hasMessageContaining("超过了 0.0 MB 的上限");
    }

    @Test
    void moreRowsThanTheLimitFailTheWholeFile() {
        StringBuilder rows = new StringBuilder(RawXlsx.header());
        for (int i = 2; i <= 12; i++) {
            rows.append(RawXlsx.row(i, "A02010104", "联想", "M" + i, "", "100"));
        }
        Path file = RawXlsx.write(dir.resolve("many.xlsx"), "", rows.toString());
        CatalogImporter importer = new CatalogImporter(new ImportLimits(1024 * 1024, 10));

        assertThatThrownBy(() -> importer.read(file.toFile(), row -> {}))
                .isInstanceOf(CatalogFileInvalid.class)
                .hasMessage("文件的数据超过 10 行的上限，请分成多个文件导入");
    }

    @Test
    void anExceptionThrownByARowCallbackEndsTheReadingAndReachesTheCallerUnwrapped() {
        File file = catalog("shuffled-columns.xlsx").toFile();
        RoundCheck round = RoundCheck.ofCategories(Set.of("A02010104"));
        RuntimeException stop = new RuntimeException("stop");
        List<CatalogProduct> handedOut = new ArrayList<>();
        CatalogImporter importer = new CatalogImporter();

        assertThatThrownBy(() -> importer.validate(
                        file,
                        round,
                        product -> {
                            handedOut.add(product);
                            throw stop;
                        },
                        rejected -> {}))
                .isSameAs(stop);
        assertThat(handedOut).hasSize(1);
        assertThatThrownBy(() -> importer.validate(file, round, product -> {}, rejected -> {
                    throw stop;
                }))
                .isSameAs(stop);
    }

    @Test
    void theRoundRefusesItsForeignCategoriesAndProductsAlreadyListed() {
        RoundCheck round = new RoundCheck() {
            @Override
            public boolean categoryInRound(String categoryCode) {
                return categoryCode.equals("A02010104");
            }

            @Override
            public boolean alreadyListed(String brand, String model) {
                return model.equals("OptiPlex 7010");
            }
        };

        Outcome outcome = validate(catalog("shuffled-columns.xlsx"), round);

        assertThat(outcome.accepted).extracting(CatalogProduct::rowNumber).containsExactly(2);
        assertThat(outcome.errors())
                .containsExactly(
                        new RowError(3, "型号", "您在本轮已经提交过该品牌和型号的产品，无需重复导入"),
                        new RowError(4, "品目编码", "品目编码 A02021001 不在本轮入围采购的品目范围内"),
                        new RowError(4, "单价(元)", "单价必须大于 0"));
    }

    @Test
    void theRoundAsTheCommandLineSeesItAdmitsOnlyTheGivenCategories() {
        Outcome outcome = validate(catalog("shuffled-columns.xlsx"), RoundCheck.ofCategories(Set.of("A02021001")));

        assertThat(outcome.accepted).isEmpty();
        assertThat(outcome.summary.rejectedRows()).isEqualTo(3);
    }

    static Path catalog(String name) {
        try {
            return Path.of(
                    CatalogImporterTest.class.getResource("/catalogs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cells(int row, String... texts) {
        return RawXlsx.row(row, texts).replaceAll("^<row r=\"\\d+\">|</row>$", "");
    }

    private static Outcome validate(Path file) {
        return validate(file, RoundCheck.fileOnly());
    }

    private static Outcome validate(Path file, RoundCheck round) {
        List<CatalogProduct> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        File xlsx = file.toFile();
        ImportSummary summary = new CatalogImporter().validate(xlsx, round, accepted::add, rejected::add);
        assertThat(summary.acceptedRows()).isEqualTo(accepted.size());
        assertThat(summary.rejectedRows()).isEqualTo(rejected.size());
        return new Outcome(summary, accepted, rejected);
    }

    private record Outcome(ImportSummary summary, List<CatalogProduct> accepted, List<RejectedRow> rejected) {
        List<RowError> errors() {
            return rejected.stream().flatMap(r -> r.errors().stream()).toList();
        }
    }
}
