package cn.taxprocurement.project;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/**
 * Replacements of the legal waiting periods, one ISO-8601 duration per method, e.g.
 * {@code PROCUREMENT_WAITING_PERIOD_OPEN_TENDER=PT20S}; an absent one leaves the default of {@link WaitingPeriods}.
 */
@ConfigMapping(prefix = "procurement.waiting-period")
public interface WaitingPeriodConfig {
    Optional<Duration> openTender();

    Optional<Duration> invitedTender();

    Optional<Duration> competitiveNegotiation();

    Optional<Duration> competitiveConsultation();

    Optional<Duration> singleSource();

    Optional<Duration> requestForQuotation();

    Optional<Duration> frameworkAgreement();
}
