package com.meritarchive.decisionlog;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared record with a local spool, so that a replica that loses the database keeps deciding and
 * loses nothing: decisions go to the primary (PostgreSQL); when it cannot be reached
 * ({@link DatabaseUnreachableException}), they are recorded in the spool (an embedded
 * {@link SqliteDecisionLog}, durable at commit) until a forwarder, every few seconds on a thread of its
 * own, has moved them into the primary (idempotent by id) and removed them from the spool. While the
 * database is unreachable, writes go straight to the spool instead of waiting for a connection each
 * time; the forwarder finds out when it is back. A begun entry is kept in memory until it is complete,
 * so that a decision begun in the primary whose completion fails is spooled whole. {@link #find} reads
 * the spool, then the primary; {@link #list}, {@link #deletionOf} and retention read and write the
 * primary only (a spooled decision is listed once it has been forwarded).
 */
public final class SpoolingDecisionLog implements DecisionLog {

    private static final Logger log = LoggerFactory.getLogger(SpoolingDecisionLog.class);
    private static final long FORGET_BEGUN_NANOS = Duration.ofHours(1).toNanos();
    private static final int BATCH = 20;

    private final DecisionLog primary;
    private final SqliteDecisionLog spool;
    private final Map<String, Begun> begun = new ConcurrentHashMap<>();
    private final AtomicReference<Outage> outage = new AtomicReference<>();
    private final Object forwarding = new Object();
    private final Set<String> reported = new HashSet<>(); // refused decisions already logged; guarded by forwarding
    private final Supplier<String> decidingWith;
    private final ScheduledExecutorService forwarder = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "decision-record-forwarder");
        thread.setDaemon(true);
        return thread;
    });

    /** A decision begun and not yet complete: where it was begun, and since when. */
    private record Begun(DecisionEntry entry, boolean inPrimary, long nanos) {
    }

    private record Outage(Instant since, String reason) {
    }

    /**
     * @param decidingWith the id of the rule set the replica decides with, for the log line that says it
     *     goes on deciding
     */
    public SpoolingDecisionLog(DecisionLog primary, SqliteDecisionLog spool, Supplier<String> decidingWith) {
        this(primary, spool, decidingWith, Duration.ofSeconds(2));
    }

    SpoolingDecisionLog(DecisionLog primary, SqliteDecisionLog spool, Supplier<String> decidingWith,
            Duration forwardInterval) {
        this.primary = primary;
        this.spool = spool;
        this.decidingWith = decidingWith;
        long interval = forwardInterval.toMillis();
        forwarder.scheduleWithFixedDelay(this::forward, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Since when the database has been unreachable; empty while decisions are recorded in it. */
    public Optional<Instant> unreachableSince() {
        return Optional.ofNullable(outage.get()).map(Outage::since);
    }

    /** Why the database is unreachable, as the driver said; empty while it is reachable. */
    public Optional<String> unreachableReason() {
        return Optional.ofNullable(outage.get()).map(Outage::reason);
    }

    @Override
    public void append(DecisionEntry entry) {
        if (outage.get() == null) {
            try {
                primary.append(entry);
                return;
            } catch (DatabaseUnreachableException e) {
                lost(e);
            }
        }
        spool.append(entry);
    }

    @Override
    public void begin(DecisionEntry entry) {
        boolean inPrimary = false;
        if (outage.get() == null) {
            try {
                primary.begin(entry);
                inPrimary = true;
            } catch (DatabaseUnreachableException e) {
                lost(e);
            }
        }
        if (!inPrimary) {
            spool.begin(entry);
        }
        begun.put(entry.id(), new Begun(entry, inPrimary, System.nanoTime()));
    }

    @Override
    public void complete(DecisionEntry done) {
        Begun started = begun.remove(done.id());
        if (started == null) {
            primary.complete(done); // says it was not begun
            return;
        }
        if (!started.inPrimary()) {
            spool.complete(done);
            return;
        }
        if (outage.get() == null) {
            try {
                primary.complete(done);
                return;
            } catch (DatabaseUnreachableException e) {
                lost(e);
            }
        }
        DecisionEntry b = started.entry();
        spool.append(new DecisionEntry(b.id(), b.kind(), done.year(), done.quarter(), done.decidedAt(), b.decidedBy(),
                done.ruleSetId(), done.ruleSetSha256(), b.requestSha256(), b.requestBody(), done.answerBody(),
                b.subjectIds(), b.refersTo()));
    }

    @Override
    public void abandon(String id) {
        Begun started = begun.remove(id);
        if (started == null || !started.inPrimary()) {
            spool.abandon(id);
            return;
        }
        try {
            primary.abandon(id);
        } catch (DatabaseUnreachableException e) {
            lost(e); // compaction removes it an hour later
        }
    }

    /** What the spool lists: the database's completes are synced (see {@link DecisionLog#unfinished}). */
    @Override
    public List<DecisionEntry> unfinished(Instant begunBefore) {
        return spool.unfinished(begunBefore);
    }

    /** The spool first: a decision being forwarded is in the primary before it leaves the spool. */
    @Override
    public Optional<DecisionEntry> find(String id, boolean withRequest) {
        Optional<DecisionEntry> spooled = spool.find(id, withRequest);
        return spooled.isPresent() ? spooled : fromPrimary(() -> primary.find(id, withRequest));
    }

    @Override
    public List<DecisionSummary> list(DecisionQuery query) {
        return fromPrimary(() -> primary.list(query));
    }

    @Override
    public Optional<DecisionSummary> deletionOf(String id) {
        return fromPrimary(() -> primary.deletionOf(id));
    }

    /** A spooled decision is deleted in the spool (the deletion is forwarded with the rest). */
    @Override
    public boolean delete(String id, DecisionEntry deletion) {
        synchronized (forwarding) {
            if (spool.find(id, false).isPresent()) {
                return spool.delete(id, deletion);
            }
        }
        return fromPrimary(() -> primary.delete(id, deletion));
    }

    @Override
    public int deleteDecidedBefore(Instant cutoff) {
        return fromPrimary(() -> primary.deleteDecidedBefore(cutoff));
    }

    @Override
    public void compact() {
        spool.compact();
        try {
            primary.compact();
        } catch (DatabaseUnreachableException e) {
            lost(e); // the next sweep compacts it
        }
    }

    private <T> T fromPrimary(Supplier<T> read) {
        try {
            return read.get();
        } catch (DatabaseUnreachableException e) {
            lost(e);
            throw e;
        }
    }

    private void lost(DatabaseUnreachableException e) {
        String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        if (outage.compareAndSet(null, new Outage(Instant.now(), reason))) {
            log.warn("Database unreachable: {}; deciding with rule set {}, recording decisions locally until it is back",
                    reason, ruleSetNow());
        }
    }

    private String ruleSetNow() {
        try {
            return decidingWith.get();
        } catch (RuntimeException e) {
            return "(none active yet)";
        }
    }

    /**
     * Moves spooled decisions into the primary, oldest first; while it is unreachable, finds out whether
     * it is back. A decision the database refuses (it answered, with an error) stays in the spool, is
     * logged once and retried each time, without holding up the others.
     */
    void forward() {
        synchronized (forwarding) {
            long now = System.nanoTime();
            begun.values().removeIf(b -> now - b.nanos() > FORGET_BEGUN_NANOS); // never completed: the decision failed
            Set<String> refused = new HashSet<>();
            int moved = 0;
            try {
                if (outage.get() != null && spool.completeIds(1).isEmpty()) {
                    primary.list(new DecisionQuery(null, null, null, null, 1, 1)); // is it back?
                }
                for (List<String> ids = waiting(refused); !ids.isEmpty(); ids = waiting(refused)) {
                    for (String id : ids) {
                        moved += move(id, refused) ? 1 : 0;
                    }
                }
            } catch (DatabaseUnreachableException e) {
                lost(e);
                return;
            } catch (RuntimeException e) {
                log.error("Cannot forward the decisions recorded locally ({} moved); the next attempt retries", moved, e);
                return;
            }
            Outage was = outage.getAndSet(null);
            if (was != null) {
                log.info("Database reachable again (unreachable since {}): {} decision(s) recorded locally forwarded to it",
                        was.since(), moved);
            } else if (moved > 0) {
                log.info("{} decision(s) recorded locally forwarded to the database", moved);
            }
        }
    }

    /** The next spooled decisions to forward, but those refused this time. */
    private List<String> waiting(Set<String> refused) {
        return spool.completeIds(refused.size() + BATCH).stream().filter(id -> !refused.contains(id)).toList();
    }

    /** Appends {@code id} to the primary and removes it from the spool; false when the database refused it. */
    private boolean move(String id, Set<String> refused) {
        try {
            spool.whole(id).ifPresent(primary::append);
        } catch (DatabaseUnreachableException e) {
            throw e;
        } catch (RuntimeException e) {
            refused.add(id);
            if (reported.add(id)) {
                log.error("Cannot forward decision {} recorded locally; it stays in the spool and is retried", id, e);
            }
            return false;
        }
        spool.remove(id);
        reported.remove(id);
        return true;
    }

    @Override
    public void close() {
        forwarder.shutdown();
        try {
            forwarder.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        spool.close();
        primary.close();
    }
}
