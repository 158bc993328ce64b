package com.meritarchive.ruleset;

import com.meritarchive.system.StoreErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps a replica on the version the shared store's pointer names ({@code merit.store=postgres}).
 * It listens on one connection for publications ({@code merit_active}) and uploads
 * ({@code merit_uploaded}), and reads the pointer after every notification and at least every
 * {@code merit.pointer-poll-interval} (a notification sent while this replica was disconnected is
 * not delivered again). A published version is compiled, or taken from the versions compiled when
 * they were uploaded, before it is swapped in; one that does not compile here leaves the replica on
 * the version it has, reported by {@link #failure()} (health: DOWN) until the pointer moves on. A
 * database that does not answer leaves the replica deciding with what it has, reported by
 * {@link #databaseProblem()}, and reconnecting.
 */
public final class PublicationFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PublicationFollower.class);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final PostgresRuleSetStore store;
    private final RuleSets ruleSets;
    private final Duration pollInterval;
    private final StoreErrors storeErrors;
    private final ExecutorService compiler = Executors.newSingleThreadExecutor(daemon("rule-set-precompile"));
    private volatile Thread listener;
    private volatile FollowFailure failure;
    private volatile DatabaseProblem databaseProblem;

    /** A published version this replica cannot decide with. */
    public record FollowFailure(String publishedId, String activeId, String reason) {
    }

    /** Since when, and why, the database does not answer. */
    public record DatabaseProblem(Instant since, String reason) {
    }

    PublicationFollower(DataSource dataSource, PostgresRuleSetStore store, RuleSets ruleSets, Duration pollInterval,
            StoreErrors storeErrors) {
        this.storeErrors = storeErrors;
        this.dataSource = dataSource;
        this.store = store;
        this.ruleSets = ruleSets;
        this.pollInterval = pollInterval;
    }

    public Optional<FollowFailure> failure() {
        return Optional.ofNullable(failure);
    }

    public Optional<DatabaseProblem> databaseProblem() {
        return Optional.ofNullable(databaseProblem);
    }

    @Override
    public void start() {
        Thread thread = daemon("rule-set-follower").newThread(this::listen);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
        compiler.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        Duration retry = Duration.ofSeconds(1);
        while (listener == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + PostgresRuleSetStore.ACTIVE_CHANNEL);
                    statement.execute("LISTEN " + PostgresRuleSetStore.UPLOADED_CHANNEL);
                }
                reachable();
                retry = Duration.ofSeconds(1);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    follow();
                    PGNotification[] received = notifications.getNotifications((int) pollInterval.toMillis());
                    if (received != null) {
                        for (PGNotification notification : received) {
                            if (notification.getName().equals(PostgresRuleSetStore.UPLOADED_CHANNEL)) {
                                precompile(notification.getParameter());
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                if (e instanceof SQLException || e instanceof StoreUnavailableException) {
                    unreachable(e);
                } else { // never let the follower's thread end: a replica that stops following stays behind silently
                    log.error("Following publications failed; trying again in {} s", retry.toSeconds(), e);
                }
                try {
                    Thread.sleep(retry.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    /** Swaps in the version the pointer names, compiled first, unless it is active or failed already. */
    private void follow() {
        Optional<PostgresRuleSetStore.Pointer> read = store.pointer();
        if (read.isEmpty()) {
            return;
        }
        PostgresRuleSetStore.Pointer pointer = read.get();
        CompiledRuleSet current = ruleSets.active();
        if (pointer.sha256().equals(current.sha256())) {
            failure = null;
            return;
        }
        String publishedId = CompiledRuleSet.idOf(pointer.sha256());
        if (failure != null && failure.publishedId().equals(publishedId)) {
            return; // reported once; tried again when the pointer moves
        }
        try {
            CompiledRuleSet compiled = compile(pointer.sha256()); // or waits for the upload's compile under way
            failure = null;
            if (ruleSets.follow(compiled, pointer.generation())) {
                log.info("Following publication: rule set {} active (was {}), {} ms after it was published", compiled.id(),
                        current.id(), Duration.between(pointer.changedAt(), Instant.now()).toMillis());
            }
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            failure = new FollowFailure(publishedId, current.id(), e.getMessage());
            log.error("Cannot follow publication of rule set {}: {}; still deciding with {}", publishedId, e.getMessage(),
                    current.id(), e);
        }
    }

    /** Compiles an uploaded version in the background, so that its publication swaps it in at once. */
    private void precompile(String sha256) {
        CompletableFuture.runAsync(() -> compile(sha256), compiler).exceptionally(e -> {
            log.warn("Uploaded rule set {} does not compile on this replica: {}", CompiledRuleSet.idOf(sha256), e.getMessage());
            return null;
        });
    }

    /** The version compiled: from RuleSets' cache, or compiled now (a compile under way is waited for, not repeated). */
    private CompiledRuleSet compile(String sha256) {
        RuleSetVersion version = store.find(sha256).orElseThrow(() -> new UnknownRuleSetException(CompiledRuleSet.idOf(sha256)));
        return ruleSets.compiled(version);
    }

    private void reachable() {
        DatabaseProblem problem = databaseProblem;
        if (problem != null) {
            databaseProblem = null;
            log.info("The database answers again (it did not since {}); following publications", problem.since());
        }
    }

    private void unreachable(Exception e) {
        storeErrors.count("rulesets", "follow");
        if (databaseProblem == null) {
            databaseProblem = new DatabaseProblem(Instant.now(), e.getMessage());
            log.warn("Database unreachable: {}; deciding with rule set {} until it is back", e.getMessage(),
                    ruleSets.active().id());
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
