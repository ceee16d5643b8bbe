package cn.taxprocurement.lib.catalogimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowValidatorTest {

    private final RowValidator validator = new RowValidator(RoundCheck.fileOnly());
    private final List<RowError> errors = new ArrayList<>();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1299        | 1299.00",
                "' 12.3 '    | 12.30",
                "1,299.00    | 1299.00",
                "１２９９．５ | 1299.50",
                "0.01        | 0.01",
                "999999999.99| 999999999.99",
                "1299.000    | 1299.00"
            })
    void aPriceIsAPositiveAmountOfYuanWithAtMostTwoDecimals(String text, String expected) {
        assertThat(validate(row(2, "A02010104", "联想", "M90t", "", text)).unitPrice())
                .isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "¥1299         | 单价“¥1299”不是数字：请只填写以元为单位的金额，例如 1299.00，不要带货币符号、单位或其他文字",
                "1299元        | 单价“1299元”不是数字：请只填写以元为单位的金额，例如 1299.00，不要带货币符号、单位或其他文字",
                "1,29.00       | 单价“1,29.00”不是数字：请只填写以元为单位的金额，例如 1299.00，不要带货币符号、单位或其他文字",
                "0             | 单价必须大于 0",
                "-1            | 单价必须大于 0",
                "1000000000    | 单价不能超过 999,999,999.99 元",
                "12.345        | 单价最多保留两位小数（精确到分）",
                "''            | 单价不能为空"
            })
    void aPriceThatIsNoPlainPositiveAmountIsRefused(String text, String message) {
        assertThat(validate(row(2, "A02010104", "联想", "M90t", "", text))).isNull();
        assertThat(errors).containsExactly(new RowError(2, "单价(元)", message));
    }

    @ParameterizedTest
    @CsvSource({"A02010104, A02010104", "a02010104, A02010104", "B01, B01", "C0102030405, C0102030405"})
    void aCategoryCodeIsALetterAToCAndTwoToTenDigitsInPairs(String text, String expected) {
        assertThat(validate(row(2, text, "联想", "M90t", "", "1")).categoryCode()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"A0201010", "D0201", "A", "A020101040102", "A02-01"})
    void aMalformedCategoryCodeIsRefused(String text) {
        assertThat(validate(row(2, text, "联想", "M90t", "", "1"))).isNull();
        assertThat(errors)
                .containsExactly(new RowError(
                        2, "品目编码", "品目编码“%s”格式不正确：应为字母 A、B 或 C 加 2 至 10 位数字，例如 A02010104".formatted(text)));
    }

    @Test
    void everyEmptyRequiredCellIsNamed() {
        assertThat(validate(row(5, " ", null, "", "只有规格", null))).isNull();

        assertThat(errors)
                .containsExactly(
                        new RowError(5, "品目编码", "品目编码不能为空"),
                        new RowError(5, "品牌", "品牌不能为空"),
                        new RowError(5, "型号", "型号不能为空"),
                        new RowError(5, "单价(元)", "单价不能为空"));
    }

    @Test
    void brandModelAndSpecsHaveTheirLengthLimits() {
        assertThat(validate(row(2, "A02010104", "品".repeat(100), "型".repeat(100), "规".repeat(2000), "1")))
                .isNotNull();

        assertThat(validate(row(3, "A02010104", "品".repeat(101), "型".repeat(101), "规".repeat(2001), "1")))
                .isNull();
        assertThat(errors)
                .extracting(RowError::message)
                .containsExactly(
                        "品牌最多 100 个字符，当前为 101 个字符", "型号最多 100 个字符，当前为 101 个字符", "规格参数最多 2000 个字符，当前为 2001个字符，请精简");
    }

    @Test
    void aDuplicateIgnoresCaseWidthAndSurroundingSpaces() {
        assertThat(validate(row(2, "A02010104", "Lenovo", "ThinkPad X1", "", "1")))
                .isNotNull();

        assertThat(validate(row(9, "A02010104", " ＬＥＮＯＶＯ ", "thinkpad x1", "", "1")))
                .isNull();
        assertThat(errors).containsExactly(new RowError(9, "型号", "品牌和型号与第 2 行重复，同一产品只能填写一行"));
    }

    @Test
    void rowsWhoseBrandAndModelDifferOnlyInInnerSpacingAreDuplicates() {
        assertThat(validate(row(2, "A02010104", "联想", "启天 M430", "", "1"))).isNotNull();
        assertThat(validate(row(3, "A02010104", "联想", "启天  M430", "", "1"))).isNull();
        assertThat(errors).containsExactly(new RowError(3, "型号", "品牌和型号与第 2 行重复，同一产品只能填写一行"));
    }

    @Test
    void aRejectedRowDoesNotMakeALaterCopyADuplicate() {
        assertThat(validate(row(2, "A02010104", "Lenovo", "X1", "", "0"))).isNull();
        errors.clear();

        assertThat(validate(row(3, "A02010104", "Lenovo", "X1", "", "1"))).isNotNull();
    }

    @Test
    void acceptedTextsAreTrimmed() {
        assertThat(validate(row(2, " A02010104 ", " 联想 ", " M90t ", " 16G ", "1")))
                .isEqualTo(new CatalogProduct(2, "A02010104", "联想", "M90t", "16G", new BigDecimal("1.00")));
    }

    private CatalogProduct validate(CatalogRow row) {
        return validator.validate(row, errors);
    }

    private static CatalogRow row(int number, String category, String brand, String model, String specs, String price) {
        return new CatalogRow(number, category, brand, model, specs, price, List.of());
    }
}
