package cn.taxprocurement.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WaitingPeriodsConfigTest {
    @Inject
    WaitingPeriods periods;

    @Test
    void theServiceTakesItsWaitingPeriodsAndIntentionLeadFromConfiguration() {
        assertThat(periods.of(ProcurementMethod.OPEN_TENDER)).isEqualTo(WaitingPeriod.of(Duration.ofSeconds(1)));
        assertThat(periods.of(ProcurementMethod.COMPETITIVE_CONSULTATION))
                .isEqualTo(WaitingPeriod.of(Duration.ofHours(1)));
        assertThat(periods.of(ProcurementMethod.SINGLE_SOURCE)).isEqualTo(WaitingPeriod.of(Duration.ofSeconds(1)));
        assertThat(periods.intentionLead()).isEqualTo(Duration.ZERO);
    }
}
