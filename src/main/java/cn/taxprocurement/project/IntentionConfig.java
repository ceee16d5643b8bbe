package cn.taxprocurement.project;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an intention (采购意向) must have been public before an OPEN_TENDER is published. */
@ConfigMapping(prefix = "procurement.intention")
public interface IntentionConfig {

    /** {@code PROCUREMENT_INTENTION_LEAD}; zero turns the rule off. */
    @WithDefault("P30D")
    Duration lead();
}
