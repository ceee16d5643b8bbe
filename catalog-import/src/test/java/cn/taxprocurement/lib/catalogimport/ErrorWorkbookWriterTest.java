package cn.taxprocurement.lib.catalogimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ErrorWorkbookWriterTest {

    @Test
    void aFormulaInABrandCellIsKeptAsLiteralText() throws IOException {
        RejectedRow rejected = new RejectedRow(
                new CatalogRow(7, "A02010104", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "-2+3", "+1", List.of()),
                List.of(new RowError(7, "单价(元)", "单价必须大于 0")));

        try (XSSFWorkbook workbook = readBack(rejected)) {
            XSSFRow row = workbook.getSheetAt(0).getRow(1);
            for (int i = 1; i <= 4; i++) {
                assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(i).getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void eachRejectedRowIsWrittenAsUploadedWithItsRowNumberAndErrors() throws IOException {
        RejectedRow rejected = new RejectedRow(
                new CatalogRow(12, "A0201", "联想", null, "16G", "0", List.of()),
                List.of(new RowError(12, "型号", "型号不能为空"), new RowError(12, "单价(元)", "单价必须大于 0")));

        try (XSSFWorkbook workbook = readBack(rejected)) {
            XSSFSheet sheet = workbook.getSheet("未通过的行");
            assertThat(texts(sheet.getRow(0))).containsExactly("品目编码", "品牌", "型号", "规格参数", "单价(元)", "原行号", "错误说明");
            XSSFRow row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("A0201");
            assertThat(row.getCell(2)).isNull();
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(4).getNumericCellValue()).isZero();
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(12);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("型号：型号不能为空；单价(元)：单价必须大于 0");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void aPriceIsWrittenAsANumberUnlessANumberCannotHoldItExactly() throws IOException {
        RejectedRow rejected = new RejectedRow(
                new CatalogRow(5, "A02010104", "联想", "M90t", "", "1299.55", List.of()),
                List.of(new RowError(5, "品目编码", "品目编码 A02010104 不在本轮入围采购的品目范围内")));
        RejectedRow tooLong = new RejectedRow(
                new CatalogRow(6, "A02010104", "联想", "M70q", "", "1234567890123456789", List.of()),
                List.of(new RowError(6, "单价(元)", "单价超出上限")));

        try (XSSFWorkbook workbook = readBack(rejected, tooLong)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1299.55);
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("1234567890123456789");
        }
    }

    @Test
    void theErrorWorkbookCanBeUploadedAgainOnceCorrected() throws IOException {
        RejectedRow rejected = new RejectedRow(
                new CatalogRow(3, "A02010104", "联想", "M90t", "", "1299.5", List.of()),
                List.of(new RowError(3, "品目编码", "品目编码 A02010104 不在本轮入围采购的品目范围内")));
        Path file = Files.createTempFile("errors", ".xlsx");
        try (var out = Files.newOutputStream(file)) {
            try (ErrorWorkbookWriter writer = new ErrorWorkbookWriter(out)) {
                writer.accept(rejected);
            }
        }

        List<CatalogProduct> products = new ArrayList<>();
        new CatalogImporter().validate(file.toFile(), RoundCheck.fileOnly(), products::add, r -> {});
        Files.delete(file);

        assertThat(products)
                .containsExactly(new CatalogProduct(2, "A02010104", "联想", "M90t", "", new BigDecimal("1299.50")));
    }

    private static XSSFWorkbook readBack(RejectedRow... rejected) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ErrorWorkbookWriter writer = new ErrorWorkbookWriter(out)) {
            List.of(rejected).forEach(writer);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(XSSFRow row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
