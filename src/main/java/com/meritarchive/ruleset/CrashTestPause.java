package com.meritarchive.ruleset;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pause in which crash tests kill the process ({@code merit.store-crash-test-delay}) just
 * before a store makes a write final: the file store before its rename, PostgreSQL inside the
 * transaction before its commit. Zero in service, and then nothing happens.
 */
record CrashTestPause(Duration delay) {

    private static final Logger log = LoggerFactory.getLogger(CrashTestPause.class);

    void before(String what) {
        if (!delay.isZero()) {
            log.warn("Crash test: pausing {} ms before publishing {}", delay.toMillis(), what);
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
