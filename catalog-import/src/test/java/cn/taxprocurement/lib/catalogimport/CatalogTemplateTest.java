package cn.taxprocurement.lib.catalogimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CatalogTemplateTest {

    private static final List<RoundCategory> CATEGORIES = List.of(
            new RoundCategory("A02010104", "台式计算机"),
            new RoundCategory("A02010105", "便携式计算机"),
            new RoundCategory("A02021001", "A4黑白打印机"));

    @Test
    void theCategoryDropdownListsTheRoundsCategoriesFromAHiddenSheet() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            XSSFSheet data = workbook.getSheetAt(0);
            List<? extends DataValidation> validations = data.getDataValidations();
            assertThat(validations).hasSize(1);
            DataValidation dropdown = validations.get(0);
            assertThat(dropdown.getRegions().getCellRangeAddress(0).formatAsString())
                    .isEqualTo("A2:A100001");
            String formula = dropdown.getValidationConstraint().getFormula1();
            assertThat(formula).isEqualTo("'品目'!$A$1:$A$3");

            XSSFSheet list = workbook.getSheet("品目");
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(list)))
                    .isEqualTo(SheetVisibility.HIDDEN);
            assertThat(List.of(0, 1, 2))
                    .extracting(i -> list.getRow(i).getCell(0).getStringCellValue())
                    .containsExactly("A02010104", "A02010105", "A02021001");
            assertThat(list.getRow(0).getCell(1).getStringCellValue()).isEqualTo("台式计算机");
        }
    }

    @Test
    void theHeaderIsBoldAndFrozenAndThePriceColumnIsFormattedAsMoney() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            XSSFSheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("产品目录");
            for (CatalogColumn column : CatalogColumn.values()) {
                assertThat(data.getRow(0).getCell(column.ordinal()).getStringCellValue())
                        .isEqualTo(column.header());
                assertThat(data.getColumnWidth(column.ordinal())).isGreaterThanOrEqualTo(14 * 256);
            }
            assertThat(workbook.getFontAt(
                                    data.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(data.getColumnStyle(CatalogColumn.UNIT_PRICE.ordinal()).getDataFormatString())
                    .isEqualTo("#,##0.00");
        }
    }

    @Test
    void theSecondSheetExplainsHowToFillItIn() throws IOException {
        try (XSSFWorkbook workbook = template()) {
            XSSFSheet instructions = workbook.getSheetAt(1);
            assertThat(instructions.getSheetName()).isEqualTo("填写说明");
            assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VISIBLE);
            assertThat(instructions.getRow(5).getCell(0).getStringCellValue()).startsWith("5. 单价(元)：必填");
        }
    }

    private static XSSFWorkbook template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogTemplate.write(CATEGORIES, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
