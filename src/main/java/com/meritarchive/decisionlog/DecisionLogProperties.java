package com.meritarchive.decisionlog;

import java.time.Duration;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code merit.decisions.*} (README "Configuration").
 *
 * @param record false only to measure what recording costs (the benchmark): nothing is recorded
 *     and answers carry no {@code decisionId}
 * @param retention how long a decision is kept; null (the default) keeps every decision
 * @param sweepInterval how often decisions older than the retention are removed
 * @param sealAfterAnswerUpTo the largest request whose sha256 and compression wait until the answer is
 *     sent (stored as received meanwhile, synced as before); a larger one (a province) is hashed and
 *     compressed while the rules decide, since storing it raw first would write ten times its
 *     compressed size to disk
 * @param recordAtOnceUpTo the largest request that is decided first and then recorded with its answer
 *     in one synced write ({@link DecisionLog#append}): its rules take less time than the sync that
 *     storing it while they decide would overlap (a single cadre's: 0.04 ms against about 0.2 ms)
 * @param sealDelay how long after its answer is committed an entry is sealed: the answer's bytes
 *     leave first, instead of sharing the two cores with the sealing (measured on the county: 0.65
 *     against 1.29 ms of recording cost with no delay)
 */
@ConfigurationProperties("merit.decisions")
public record DecisionLogProperties(@DefaultValue("true") boolean record, Duration retention,
        @DefaultValue("1h") Duration sweepInterval, @DefaultValue("4MB") DataSize sealAfterAnswerUpTo,
        @DefaultValue("16KB") DataSize recordAtOnceUpTo,
        @DefaultValue("10ms") Duration sealDelay) {
}
