package com.meritarchive.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings ({@code merit.*}, documented in the README).
 *
 * @param rulesDir DRL folder compiled at start
 * @param tablesDir decision table folder compiled at start
 * @param dataDir where the service keeps its own data
 * @param maxRequestSize largest request body accepted (CONTRACT.md: 413 above it)
 * @param compiledCacheSize how many compiled versions besides the active one stay in memory
 * @param storeCrashTestDelay a pause before each store write is published, for crash tests only
 * @param store where rule sets and the decision record live: under the data dir, or in PostgreSQL
 *     for several replicas
 * @param pointerPollInterval with {@code store=postgres}: how often a replica reads the active
 *     pointer besides being notified of a publication
 */
@ConfigurationProperties("merit")
public record MeritProperties(
        @DefaultValue("rules") Path rulesDir,
        @DefaultValue("decision-tables") Path tablesDir,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("128MB") DataSize maxRequestSize,
        @DefaultValue("4") int compiledCacheSize,
        @DefaultValue("0ms") Duration storeCrashTestDelay,
        @DefaultValue("embedded") Store store,
        @DefaultValue("1s") Duration pointerPollInterval) {

    /** Where the service keeps rule sets and decisions. */
    public enum Store {
        /** files and SQLite under {@code merit.data-dir}: one process, no setup */
        EMBEDDED,
        /** PostgreSQL ({@code spring.datasource.*}): several replicas share it */
        POSTGRES
    }

    @ConstructorBinding
    public MeritProperties {
    }

    /** The embedded store's settings, as tests make them. */
    public MeritProperties(Path rulesDir, Path tablesDir, Path dataDir, DataSize maxRequestSize, int compiledCacheSize,
            Duration storeCrashTestDelay) {
        this(rulesDir, tablesDir, dataDir, maxRequestSize, compiledCacheSize, storeCrashTestDelay, Store.EMBEDDED,
                Duration.ofSeconds(1));
    }
}
