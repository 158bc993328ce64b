package com.meritarchive.decisionlog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code merit.decisions.*} (README "Configuration").
 *
 * @param record false only to measure what recording costs (the benchmark): nothing is recorded
 *     and answers carry no {@code decisionId}
 * @param retention how long a decision is kept; null (the default) keeps every decision
 * @param sweepInterval how often decisions older than the retention are removed
 */
@ConfigurationProperties("merit.decisions")
public record DecisionLogProperties(@DefaultValue("true") boolean record, Duration retention,
        @DefaultValue("1h") Duration sweepInterval) {
}
