package com.meritarchive.decisionlog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Commits the writes of concurrent decisions together: one thread takes every write waiting and
 * runs them in one transaction, one sync for all, each behind a savepoint so that one failing
 * write fails alone. A caller returns when its write is on disk, as before; alone it waits only for
 * the hand-over to that thread, and under load many decisions share the sync that one synced
 * transaction at a time made each of them wait for in turn (measured with wrk, 16 connections,
 * single-cadre year-end decisions: 571 decisions/s against 1,585 without recording). A write that
 * need not be synced ({@link #write} with {@code synced} false: a recomputable answer, see
 * {@link DecisionLog#complete}) is committed in a transaction of its own kind without a sync
 * ({@code synchronous=NORMAL}: in WAL mode the commit is in the log, on disk with the next synced
 * commit or checkpoint), before the batch's synced writes, so that it never waits for their sync.
 */
final class GroupCommit implements AutoCloseable {

    /** One write: statements on the writing connection, inside the batch's transaction. */
    interface Work {
        void run() throws SQLException;
    }

    private record Pending(String failure, Work work, boolean synced, CompletableFuture<Void> done) {
    }

    private static final int MOST_PER_BATCH = 64;

    private final Object lock;
    private final Connection writer;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final Thread committer;
    private volatile boolean closing;
    private final AtomicLongArray committed = new AtomicLongArray(2); // transactions committed: [without sync, synced]

    /**
     * @param lock held while a batch runs, so that the store's other writes on {@code writer}
     *     (deletions, retention) never interleave with one
     */
    GroupCommit(Object lock, Connection writer) {
        this.lock = lock;
        this.writer = writer;
        this.committer = new Thread(this::commitWhatWaits, "decision-record-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /** Runs {@code work} in the next batch; returns once it is committed and, when {@code synced}, synced. */
    void write(String failure, Work work, boolean synced) {
        Pending pending = new Pending(failure, work, synced, new CompletableFuture<>());
        if (closing) {
            throw new DecisionLogException("write", failure + ": the decision record is closing", null);
        }
        waiting.add(pending);
        try {
            pending.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionLogException("write", failure + ": interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof DecisionLogException logged ? logged
                    : new DecisionLogException("write", failure, e.getCause());
        }
    }

    private void commitWhatWaits() {
        List<Pending> batch = new ArrayList<>();
        while (!closing || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MOST_PER_BATCH - 1);
                synchronized (lock) {
                    commit(batch.stream().filter(pending -> !pending.synced()).toList(), false);
                    commit(batch.stream().filter(Pending::synced).toList(), true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                for (Pending pending : batch) {
                    if (!pending.done().isDone()) { // only this thread completes them; an exception's stack is not free
                        pending.done().completeExceptionally(
                                new DecisionLogException("write", pending.failure() + ": not committed", null));
                    }
                }
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch, boolean synced) {
        if (batch.isEmpty()) {
            return;
        }
        Map<Pending, Exception> failed = new LinkedHashMap<>();
        try {
            if (!synced) {
                synchronous("NORMAL");
            }
            writer.setAutoCommit(false);
            try {
                for (Pending pending : batch) {
                    Savepoint before = writer.setSavepoint();
                    try {
                        pending.work().run();
                        writer.releaseSavepoint(before);
                    } catch (SQLException | RuntimeException e) {
                        writer.rollback(before);
                        failed.put(pending, e);
                    }
                }
                writer.commit();
                committed.incrementAndGet(synced ? 1 : 0);
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
                if (!synced) {
                    synchronous("FULL");
                }
            }
        } catch (SQLException | RuntimeException e) {
            batch.forEach(pending -> pending.done().completeExceptionally(
                    new DecisionLogException("write", pending.failure(), e)));
            return;
        }
        for (Pending pending : batch) {
            Exception error = failed.get(pending);
            if (error == null) {
                pending.done().complete(null);
            } else {
                pending.done().completeExceptionally(new DecisionLogException("write", pending.failure(), error));
            }
        }
    }

    /**
     * Sets whether commits sync (outside a transaction, as SQLite requires); the writer's setting is
     * FULL except while the committer commits a batch that need not sync, so that the store's other
     * writes always sync.
     */
    private void synchronous(String setting) throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA synchronous=" + setting);
        }
    }

    /** How many batches were committed with a sync ({@code synced}) or without (for tests). */
    long committed(boolean synced) {
        return committed.get(synced ? 1 : 0);
    }

    /** Commits what is waiting, then stops. */
    @Override
    public void close() {
        closing = true;
        try {
            committer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
