package cn.taxprocurement.project;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The tender periods that configuration may replace: each method's waiting period and the intention's lead. */
@ConfigMapping(prefix = "procurement")
public interface TenderConfig {

    /** Replacements of the legal waiting periods, e.g. {@code PROCUREMENT_WAITING_PERIOD_OPEN_TENDER=PT20S}. */
    WaitingPeriod waitingPeriod();

    /** How long an intention must have been public before an OPEN_TENDER is published; zero turns the rule off. */
    @WithDefault("P30D")
    Duration intentionLead();

    /** One ISO-8601 duration per method; an absent one leaves the legal default of {@link WaitingPeriods}. */
    interface WaitingPeriod {
        Optional<Duration> openTender();

        Optional<Duration> invitedTender();

        Optional<Duration> competitiveNegotiation();

        Optional<Duration> competitiveConsultation();

        Optional<Duration> singleSource();

        Optional<Duration> requestForQuotation();

        Optional<Duration> frameworkAgreement();
    }
}
