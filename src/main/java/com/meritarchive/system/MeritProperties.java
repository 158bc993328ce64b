package com.meritarchive.system;

import java.nio.file.Path;
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
 */
@ConfigurationProperties("merit")
public record MeritProperties(
        @DefaultValue("rules") Path rulesDir,
        @DefaultValue("decision-tables") Path tablesDir,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("128MB") DataSize maxRequestSize) {
}
