package com.meritarchive.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
 */
@ConfigurationProperties("merit")
public record MeritProperties(
        @DefaultValue("rules") Path rulesDir,
        @DefaultValue("decision-tables") Path tablesDir,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("128MB") DataSize maxRequestSize,
        @DefaultValue("4") int compiledCacheSize,
        @DefaultValue("0ms") Duration storeCrashTestDelay) {
}
