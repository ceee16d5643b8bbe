package cn.taxprocurement.project;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The waiting periods (等标期) by procurement method. The legal defaults: OPEN_TENDER, INVITED_TENDER and
 * FRAMEWORK_AGREEMENT 20 days, COMPETITIVE_CONSULTATION 10 days, SINGLE_SOURCE 5 working days,
 * COMPETITIVE_NEGOTIATION and REQUEST_FOR_QUOTATION 3 working days. A configured ISO-8601 duration
 * ({@code PROCUREMENT_WAITING_PERIOD_<METHOD>}) replaces a default and is taken literally, as a plain duration, even
 * where the default counts working days.
 */
@Singleton
public class WaitingPeriods {
    private final WaitingPeriodConfig configured;
    private final IntentionConfig intention;

    @Inject
    public WaitingPeriods(WaitingPeriodConfig configured, IntentionConfig intention) {
        this.configured = configured;
        this.intention = intention;
    }

    /** The waiting period of a method: the configured one, or else the legal default. */
    public WaitingPeriod of(ProcurementMethod method) {
        return switch (method) {
            case OPEN_TENDER -> or(configured.openTender(), WaitingPeriod.of(Duration.ofDays(20)));
            case INVITED_TENDER -> or(configured.invitedTender(), WaitingPeriod.of(Duration.ofDays(20)));
            case FRAMEWORK_AGREEMENT -> or(configured.frameworkAgreement(), WaitingPeriod.of(Duration.ofDays(20)));
            case COMPETITIVE_CONSULTATION ->
                or(configured.competitiveConsultation(), WaitingPeriod.of(Duration.ofDays(10)));
            case SINGLE_SOURCE -> or(configured.singleSource(), WaitingPeriod.ofWorkingDays(5));
            case COMPETITIVE_NEGOTIATION -> or(configured.competitiveNegotiation(), WaitingPeriod.ofWorkingDays(3));
            case REQUEST_FOR_QUOTATION -> or(configured.requestForQuotation(), WaitingPeriod.ofWorkingDays(3));
        };
    }

    /** The earliest bid deadline allowed for a tender of that method published at {@code publishedAt}. */
    public Instant earliestDeadline(ProcurementMethod method, Instant publishedAt) {
        return of(method).end(publishedAt);
    }

    /** How long an intention must have been public before an OPEN_TENDER is published; zero turns the rule off. */
    public Duration intentionLead() {
        return intention.lead();
    }

    private static WaitingPeriod or(Optional<Duration> configured, WaitingPeriod legal) {
        return configured.map(WaitingPeriod::of).orElse(legal);
    }
}
