package com.meritarchive.decisionlog;

import com.meritarchive.ruleset.PublicationFollower;
import com.meritarchive.system.MeritProperties;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code store}: where rule sets and decisions are kept, and, with
 * {@code merit.store=postgres}, whether the database answers. A database that does not answer is
 * {@code DEGRADED} (HTTP 200, not out of the load balancer): the replica goes on deciding with the
 * version it has and records decisions in its local spool until the database is back.
 */
@Component("store")
class StoreHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "deciding with the rule set it has, recording decisions locally");

    private final MeritProperties properties;
    private final ObjectProvider<SpoolingDecisionLog> decisions;
    private final ObjectProvider<PublicationFollower> follower;

    StoreHealth(MeritProperties properties, ObjectProvider<SpoolingDecisionLog> decisions,
            ObjectProvider<PublicationFollower> follower) {
        this.properties = properties;
        this.decisions = decisions;
        this.follower = follower;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("store", properties.store().name().toLowerCase());
        Optional<Problem> problem = problem();
        if (problem.isPresent()) {
            return health.status(DEGRADED).withDetail("database", "unreachable since " + problem.get().since() + ": "
                    + problem.get().reason()).build();
        }
        return properties.store() == MeritProperties.Store.POSTGRES ? health.withDetail("database", "answers").build()
                : health.build();
    }

    /** The earliest of what the decision record and the rule-set follower report. */
    private Optional<Problem> problem() {
        Optional<Problem> recording = Optional.ofNullable(decisions.getIfAvailable()).flatMap(log -> log.unreachableSince()
                .map(since -> new Problem(since, log.unreachableReason().orElse("no connection"))));
        Optional<Problem> following = Optional.ofNullable(follower.getIfAvailable()).flatMap(PublicationFollower::databaseProblem)
                .map(seen -> new Problem(seen.since(), seen.reason()));
        if (recording.isPresent() && following.isPresent()) {
            return Optional.of(recording.get().since().isBefore(following.get().since()) ? recording.get() : following.get());
        }
        return recording.isPresent() ? recording : following;
    }

    private record Problem(Instant since, String reason) {
    }
}
