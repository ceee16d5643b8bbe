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
    void theServiceStartsWithTheLegalWaitingPeriodsAndIntentionLead() {
        assertThat(periods.of(ProcurementMethod.OPEN_TENDER)).isEqualTo(WaitingPeriod.of(Duration.ofDays(20)));
        assertThat(periods.of(ProcurementMethod.COMPETITIVE_CONSULTATION))
                .isEqualTo(WaitingPeriod.of(Duration.ofDays(10)));
        assertThat(periods.of(ProcurementMethod.SINGLE_SOURCE)).isEqualTo(WaitingPeriod.ofWorkingDays(5));
        assertThat(periods.intentionLead()).isEqualTo(Duration.ofDays(30));
    }
}
