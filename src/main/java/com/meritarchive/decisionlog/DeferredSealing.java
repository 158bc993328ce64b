package com.meritarchive.decisionlog;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals, on a thread of its own, the entries a store took unsealed ({@link DecisionEntry#sealed}):
 * each once it is complete, that is once its answer is about to be sent, so that hashing and
 * compressing never compete with the rules deciding. A reader that finds an entry unsealed (just
 * completed, or its sealing failed) seals it on its own thread ({@link #sealNow}), or waits for the
 * sealing thread if that is at it already, and reads again.
 */
final class DeferredSealing implements AutoCloseable {

    /** The store's side: reading an entry as it is stored, and storing it sealed. */
    interface Store {
        /** The complete entry {@code id} as stored (request, answer, request sha256), empty when it is gone. */
        Optional<DecisionEntry> stored(String id);

        /** Replaces the stored bodies and request sha256 of {@code sealed.id()}. */
        void replace(DecisionEntry sealed);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DeferredSealing.class);

    private final Store store;
    private final Set<String> begun = ConcurrentHashMap.newKeySet(); // unsealed, not complete yet
    private final Map<String, FutureTask<Void>> due = new ConcurrentHashMap<>(); // complete, not sealed yet
    private final Duration delay;
    private final ScheduledThreadPoolExecutor sealer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "decision-record-seal");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param delay how long after {@link #completed} the sealing starts: long enough for the answer's
     *     bytes to be written first, so that it does not take a core from them (a county's answer was
     *     0.6 ms slower without it, measured on two cores); a read meanwhile seals at once
     */
    DeferredSealing(Store store, Duration delay) {
        this.store = store;
        this.delay = delay;
        sealer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // close() seals them at once
    }

    /** An unsealed entry {@code id} was begun: it is sealed once {@link #completed}. */
    void begun(String id) {
        begun.add(id);
    }

    /** Entry {@code id} is complete: sealed from now on, off the caller's path, if it was begun unsealed. */
    void completed(String id) {
        if (begun.remove(id)) {
            seal(id);
        }
    }

    /** Entry {@code id}, complete and unsealed (found at start), is to be sealed. */
    void seal(String id) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            store.stored(id).filter(entry -> !entry.isSealed()).ifPresent(entry -> store.replace(entry.sealed()));
            return null;
        });
        if (due.putIfAbsent(id, task) == null) {
            sealer.schedule(() -> run(id, task), delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Entry {@code id} is gone (abandoned or removed) before its answer: nothing to seal. */
    void forget(String id) {
        begun.remove(id);
    }

    /** Seals the complete entry {@code id} on this thread, or waits for the sealing thread if that is at it. */
    void sealNow(String id) {
        seal(id);
        FutureTask<Void> task = due.get(id);
        if (task != null) {
            run(id, task);
        }
    }

    /** Runs the task here unless another thread has run it or is running it; then waits for it. */
    private void run(String id, FutureTask<Void> task) {
        task.run();
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // still readable, bodies as received and no request sha256: sealed again at the next start
            LOG.warn("Cannot seal recorded decision {}: {}", id, e.getCause().toString());
        } finally {
            due.remove(id, task);
        }
    }

    /** Seals what is due before the store closes, without waiting for the delay. */
    @Override
    public void close() {
        sealer.shutdown();
        try {
            if (sealer.awaitTermination(30, TimeUnit.SECONDS)) {
                due.forEach(this::run);
            } else {
                LOG.warn("Closing the decision record with {} decisions unsealed; they are sealed at the next start",
                        due.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
