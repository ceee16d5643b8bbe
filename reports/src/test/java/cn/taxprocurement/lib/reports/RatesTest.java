package cn.taxprocurement.lib.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void theYearbooksSavingsRateIsComputedFromUnroundedSums() {
        assertThat(Rates.savingsRate(new BigDecimal("1221000000.00"), new BigDecimal("1128000000.00")))
                .isEqualByComparingTo("7.62");
    }

    @Test
    void savingsRatesRoundHalfUp() {
        assertThat(Rates.savingsRate(new BigDecimal("200.00"), new BigDecimal("189.99")))
                .isEqualByComparingTo("5.01");
        assertThat(Rates.savingsRate(new BigDecimal("8.00"), new BigDecimal("7.9996")))
                .isEqualByComparingTo("0.01");
    }

    @Test
    void thereIsNoSavingsRateWithoutABudget() {
        assertThat(Rates.savingsRate(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
    }

    @Test
    void theYearbooksProductGrowthIsSeventySixPercent() {
        assertThat(Rates.growthRate(2435, 1385)).isEqualByComparingTo("75.81");
    }

    @Test
    void thereIsNoGrowthFromAnEmptyYear() {
        assertThat(Rates.growthRate(98, 0)).isNull();
    }
}
