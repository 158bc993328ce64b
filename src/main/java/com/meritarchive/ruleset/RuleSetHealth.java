package com.meritarchive.ruleset;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code ruleSet} (part of the readiness probe): UP with the active version's id,
 * DOWN while no version is active, since the replica cannot decide then.
 */
@Component("ruleSet")
class RuleSetHealth implements HealthIndicator {

    private final RuleSets ruleSets;

    RuleSetHealth(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("active", ruleSets.active().id()).build();
        } catch (NoActiveRuleSetException e) {
            return Health.down().withDetail("reason", "no rule set is active yet").build();
        }
    }
}
