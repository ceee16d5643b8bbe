package cn.taxprocurement.order;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The least time vendors get to quote in a competition (二次竞价), from its start to its deadline. */
@ConfigMapping(prefix = "procurement.competition")
public interface CompetitionConfig {
    /** {@code PROCUREMENT_COMPETITION_MIN_PERIOD}, an ISO-8601 duration. */
    @WithDefault("P3D")
    Duration minPeriod();
}
