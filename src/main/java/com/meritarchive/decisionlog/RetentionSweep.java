package com.meritarchive.decisionlog;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Removes decisions older than {@code merit.decisions.retention}, every
 * {@code merit.decisions.sweep-interval}, on a thread of its own; without a retention it only
 * purges what deletions left in the subject index.
 */
@Component
class RetentionSweep {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final DecisionLog store;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "decision-retention");
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    RetentionSweep(DecisionLog store, DecisionLogProperties properties) {
        this(store, properties.retention(), Clock.systemUTC());
        long interval = properties.sweepInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sweepLogged, Math.min(interval, 60_000), interval, TimeUnit.MILLISECONDS);
        log.info("Decision record: {}", retention == null ? "every decision is kept (merit.decisions.retention)"
                : "decisions are kept for " + retention + " (merit.decisions.retention)");
    }

    /** A sweep run by hand (tests): nothing is scheduled. */
    RetentionSweep(DecisionLog store, Duration retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    /** Removes what is past the retention; returns how many decisions. */
    int sweep() {
        if (retention == null) {
            store.compact();
            return 0;
        }
        return store.deleteDecidedBefore(clock.instant().minus(retention));
    }

    private void sweepLogged() {
        try {
            int removed = sweep();
            if (removed > 0) {
                log.info("Decision record: removed {} decision(s) older than {} (merit.decisions.retention)", removed,
                        retention);
            }
        } catch (RuntimeException e) {
            log.error("Decision record: the retention sweep failed", e);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
