package com.meritarchive.system;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs rules nobody has published yet (an upload's test scenarios, a simulation with a version that
 * is not the active one) within a time budget ({@code merit.untrusted-run-timeout}, default 10 s),
 * so that a rule that loops cannot hold a request, or the service, forever.
 *
 * <p>Each run gets a thread of its own, a daemon of low priority, and the caller waits at most the
 * budget. When it is spent the thread is interrupted and the caller gets {@link Spent}. A stateless
 * Drools session cannot be halted in the middle of a consequence, and {@code Thread.stop} no longer
 * exists, so a thread that ignores the interrupt runs on; this is accepted because the static check
 * of rule code ({@code DrlCodeCheck}) forbids sleeping, waiting and threads, which leaves loops over
 * the facts, and those end. Such a thread cannot keep the JVM from stopping (daemon), and at most
 * {@link #MAX_RUNNING} runs may be alive at once, given up on or not: a further run waits for a
 * place at most the budget and is then refused, instead of piling up threads.
 */
@Component
public class TimeBudget {

    /** Budgeted runs alive at once, including ones whose budget is spent but whose thread has not ended. */
    static final int MAX_RUNNING = 4;

    private static final AtomicLong RUNS = new AtomicLong();

    private final Duration budget;
    private final Semaphore running = new Semaphore(MAX_RUNNING);

    public TimeBudget(@Value("${merit.untrusted-run-timeout:10s}") Duration budget) {
        this.budget = budget;
    }

    /** The budget each run gets. */
    public Duration budget() {
        return budget;
    }

    /**
     * The result of {@code work}, run on a thread of its own; {@link Spent} when it takes longer than
     * the budget or too many runs are alive. Exceptions of the work are thrown as they were.
     */
    public <T> T run(String what, Supplier<T> work) {
        try {
            if (!running.tryAcquire(budget.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Spent(what + ": " + MAX_RUNNING + " runs with a time budget are still running", budget);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Spent(what + " was interrupted", budget);
        }
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return work.get();
            } finally {
                running.release(); // only when the work really ends: a runaway thread keeps its place
            }
        });
        Thread thread = new Thread(task, "budgeted-" + RUNS.incrementAndGet());
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        try {
            thread.start();
        } catch (RuntimeException | Error e) {
            running.release();
            throw e;
        }
        try {
            return task.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new Spent(what + " took longer than " + budget.toMillis() + " ms", budget);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new Spent(what + " was interrupted", budget);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A budgeted run that was stopped (or never started): the feature that asked says what it means. */
    public static class Spent extends RuntimeException {

        private final transient Duration budget;

        Spent(String message, Duration budget) {
            super(message);
            this.budget = budget;
        }

        public Duration budget() {
            return budget;
        }
    }
}
