package cn.taxprocurement.catalogimport;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and pace of catalog imports. */
@ConfigMapping(prefix = "procurement.import")
public interface ImportConfig {

    /** The largest upload accepted; larger ones are answered 413. */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /** The most data rows a catalog may have; more fail the import. */
    @WithDefault("100000")
    int maxRows();

    /** How many accepted rows are listed in one transaction, vouched for by one audit event. */
    @WithDefault("5000")
    int chunkSize();

    /** How long a running import may go without progress before another worker takes it over. */
    @WithDefault("PT2M")
    Duration claimTimeout();

    /** How long a stopping instance waits for its import in hand to be handed back to the queue. */
    @WithDefault("PT20S")
    Duration stopTimeout();

    /** How many times an import is started before it is given up as failed. */
    @WithDefault("3")
    int maxAttempts();
}
