package cn.taxprocurement.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaitingPeriodsTest {
    // Friday 27 November 2026, 10:00 in Beijing.
    private static final Instant FRIDAY_10_00 = beijing("2026-11-27T10:00");

    @Test
    void calendarPeriodsAreAddedAsTheyAreWeekendsIncluded() {
        WaitingPeriods periods = periods(Map.of());

        assertThat(periods.earliestDeadline(ProcurementMethod.OPEN_TENDER, FRIDAY_10_00))
                .isEqualTo(beijing("2026-12-17T10:00"));
        assertThat(periods.earliestDeadline(ProcurementMethod.INVITED_TENDER, FRIDAY_10_00))
                .isEqualTo(beijing("2026-12-17T10:00"));
        assertThat(periods.earliestDeadline(ProcurementMethod.FRAMEWORK_AGREEMENT, FRIDAY_10_00))
                .isEqualTo(beijing("2026-12-17T10:00"));
        assertThat(periods.earliestDeadline(ProcurementMethod.COMPETITIVE_CONSULTATION, FRIDAY_10_00))
                .isEqualTo(beijing("2026-12-07T10:00"));
    }

    @Test
    void workingDayPeriodsSkipSaturdaysAndSundays() {
        WaitingPeriods periods = periods(Map.of());

        // Friday + 3 working days: Monday, Tuesday, Wednesday.
        assertThat(periods.earliestDeadline(ProcurementMethod.COMPETITIVE_NEGOTIATION, FRIDAY_10_00))
                .isEqualTo(beijing("2026-12-02T10:00"));
        assertThat(periods.earliestDeadline(ProcurementMethod.REQUEST_FOR_QUOTATION, FRIDAY_10_00))
                .isEqualTo(beijing("2026-12-02T10:00"));
        // Friday + 5 working days: the next Friday.
        assertThat(periods.earliestDeadline(ProcurementMethod.SINGLE_SOURCE, FRIDAY_10_00))
                .isEqualTo(beijing("2026-12-04T10:00"));
        // Published on a Saturday: Monday is the first working day counted.
        assertThat(periods.earliestDeadline(ProcurementMethod.COMPETITIVE_NEGOTIATION, beijing("2026-11-28T09:30")))
                .isEqualTo(beijing("2026-12-02T09:30"));
        // Published on a Monday: Tuesday to Thursday, no weekend in between.
        assertThat(periods.earliestDeadline(ProcurementMethod.REQUEST_FOR_QUOTATION, beijing("2026-11-30T16:00")))
                .isEqualTo(beijing("2026-12-03T16:00"));
    }

    @Test
    void workingDaysAreCountedInBeijingTimeNotUtc() {
        // Saturday 00:30 in Beijing is still Friday in UTC: the weekend is Beijing's.
        Instant saturdayInBeijing = beijing("2026-11-28T00:30");

        assertThat(periods(Map.of()).earliestDeadline(ProcurementMethod.COMPETITIVE_NEGOTIATION, saturdayInBeijing))
                .isEqualTo(beijing("2026-12-02T00:30"));
    }

    @Test
    void anEnvironmentVariableReplacesADefaultWithAPlainDurationEvenWhereTheDefaultCountsWorkingDays() {
        WaitingPeriods periods = periods(Map.of(
                "PROCUREMENT_WAITING_PERIOD_OPEN_TENDER", "PT20S",
                "PROCUREMENT_WAITING_PERIOD_SINGLE_SOURCE", "P2D",
                "PROCUREMENT_WAITING_PERIOD_REQUEST_FOR_QUOTATION", "PT0S"));

        assertThat(periods.of(ProcurementMethod.OPEN_TENDER)).isEqualTo(WaitingPeriod.of(Duration.ofSeconds(20)));
        assertThat(periods.earliestDeadline(ProcurementMethod.OPEN_TENDER, FRIDAY_10_00))
                .isEqualTo(FRIDAY_10_00.plusSeconds(20));
        // Two calendar days, Saturday and Sunday included.
        assertThat(periods.earliestDeadline(ProcurementMethod.SINGLE_SOURCE, FRIDAY_10_00))
                .isEqualTo(beijing("2026-11-29T10:00"));
        assertThat(periods.earliestDeadline(ProcurementMethod.REQUEST_FOR_QUOTATION, FRIDAY_10_00))
                .isEqualTo(FRIDAY_10_00);
        // The others keep their legal defaults.
        assertThat(periods.of(ProcurementMethod.INVITED_TENDER)).isEqualTo(WaitingPeriod.of(Duration.ofDays(20)));
        assertThat(periods.of(ProcurementMethod.COMPETITIVE_NEGOTIATION)).isEqualTo(WaitingPeriod.ofWorkingDays(3));
    }

    @Test
    void everyMethodHasItsOwnEnvironmentVariable() {
        Map<String, String> env = new java.util.HashMap<>();
        for (ProcurementMethod method : ProcurementMethod.values()) {
            env.put("PROCUREMENT_WAITING_PERIOD_" + method.name(), "PT" + (method.ordinal() + 1) + "M");
        }
        WaitingPeriods periods = periods(env);

        for (ProcurementMethod method : ProcurementMethod.values()) {
            assertThat(periods.of(method))
                    .as(method.name())
                    .isEqualTo(WaitingPeriod.of(Duration.ofMinutes(method.ordinal() + 1)));
        }
    }

    @Test
    void theIntentionLeadIsThirtyDaysUnlessReplacedAndZeroTurnsItOff() {
        assertThat(periods(Map.of()).intentionLead()).isEqualTo(Duration.ofDays(30));
        assertThat(periods(Map.of("PROCUREMENT_INTENTION_LEAD", "PT0S")).intentionLead())
                .isZero();
        assertThat(periods(Map.of("PROCUREMENT_INTENTION_LEAD", "PT1M")).intentionLead())
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void periodsReadAsPeopleSayThem() {
        assertThat(WaitingPeriod.of(Duration.ofDays(20)).label()).isEqualTo("20 天");
        assertThat(WaitingPeriod.ofWorkingDays(5).label()).isEqualTo("5 个工作日");
        assertThat(WaitingPeriod.of(Duration.ofHours(36)).label()).isEqualTo("36 小时");
        assertThat(WaitingPeriod.of(Duration.ofMinutes(90)).label()).isEqualTo("90 分钟");
        assertThat(WaitingPeriod.of(Duration.ofSeconds(20)).label()).isEqualTo("20 秒");
    }

    @Test
    void aPeriodIsEitherADurationOrSomeWorkingDaysNeverNegative() {
        assertThatThrownBy(() -> WaitingPeriod.ofWorkingDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaitingPeriod.of(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitingPeriod(Duration.ofDays(1), 2)).isInstanceOf(IllegalArgumentException.class);
    }

    static WaitingPeriods periods(Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(environment, 300))
                .withMapping(WaitingPeriodConfig.class)
                .withMapping(IntentionConfig.class)
                .build();
        return new WaitingPeriods(
                config.getConfigMapping(WaitingPeriodConfig.class), config.getConfigMapping(IntentionConfig.class));
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WaitingPeriod.ZONE).toInstant();
    }
}
