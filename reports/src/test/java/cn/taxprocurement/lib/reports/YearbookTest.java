package cn.taxprocurement.lib.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YearbookTest {

    @Test
    void theYearbooks2018ParagraphIsPrintedFromItsFigures() {
        Yearbook yearbook = new Yearbook(
                2018,
                80,
                new BigDecimal("1221000000.00"),
                new BigDecimal("1128081900.00"),
                new BigDecimal("7.61"),
                8,
                77,
                1385,
                null);

        assertThat(yearbook.budgetYi()).isEqualByComparingTo("12.21");
        assertThat(yearbook.awardedYi()).isEqualByComparingTo("11.28");
        assertThat(yearbook.text())
                .isEqualTo("2018年，完成信息化采购项目80个，预算金额为12.21亿元，采购金额为11.28亿元，资金节约率约7.61%；"
                        + "组织完成8类信息化产品入围采购，共有77家供应商、1385种产品入围。");
    }

    @Test
    void aYearAfterAShortlistSaysHowMuchItGrew() {
        Yearbook yearbook =
                new Yearbook(2019, 0, BigDecimal.ZERO, BigDecimal.ZERO, null, 9, 98, 2435, new BigDecimal("75.81"));

        assertThat(yearbook.text()).isEqualTo("2019年，组织完成9类信息化产品入围采购，共有98家供应商、2435种产品入围，入围产品数量较上年增长76%。");
    }

    @Test
    void aYearWithNothingSaysSo() {
        assertThat(new Yearbook(2030, 0, BigDecimal.ZERO, BigDecimal.ZERO, null, 0, 0, 0, null).text())
                .isEqualTo("2030年，暂无已完成的信息化采购项目和入围采购。");
    }
}
