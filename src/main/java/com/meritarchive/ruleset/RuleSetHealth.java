package com.meritarchive.ruleset;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code ruleSet}: UP with the active version while this replica decides with
 * the published one; DOWN (503, and out of the readiness group's traffic) while none is active yet
 * or while a published version does not compile here, with the reason.
 */
@Component("ruleSet")
class RuleSetHealth implements HealthIndicator {

    private final RuleSets ruleSets;
    private final ObjectProvider<PublicationFollower> follower;

    RuleSetHealth(RuleSets ruleSets, ObjectProvider<PublicationFollower> follower) {
        this.ruleSets = ruleSets;
        this.follower = follower;
    }

    @Override
    public Health health() {
        CompiledRuleSet active;
        try {
            active = ruleSets.active();
        } catch (NoActiveRuleSetException e) {
            return Health.down().withDetail("reason", "no rule set is active yet").build();
        }
        Optional<PublicationFollower.FollowFailure> failure = Optional.ofNullable(follower.getIfAvailable())
                .flatMap(PublicationFollower::failure);
        if (failure.isPresent()) {
            return Health.down().withDetail("active", active.id()).withDetail("published", failure.get().publishedId())
                    .withDetail("reason", failure.get().reason()).build();
        }
        return Health.up().withDetail("active", active.id()).build();
    }
}
