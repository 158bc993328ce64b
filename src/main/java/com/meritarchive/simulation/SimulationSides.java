package com.meritarchive.simulation;

import com.meritarchive.request.Dataset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the two sides of a simulation, the baseline on a thread of its own and the candidate on
 * the caller's, when two sessions of the dataset's size fit in three quarters of the heap (about
 * 1 KB per fact, measured: one province decision, 354,000 facts, completes within -Xmx400m); a
 * larger dataset or a smaller heap runs one side after the other instead of running out of
 * memory. Its threads end with the application context.
 */
@Component
class SimulationSides implements DisposableBean {

    private static final long BYTES_PER_FACT = 1_000;

    private final ExecutorService baselines = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "simulation-baseline");
        thread.setDaemon(true);
        return thread;
    });

    /** Both results: the baseline's and the candidate's. */
    record Both<T>(T baseline, T candidate) {
    }

    <T> Both<T> run(Dataset dataset, Supplier<T> baseline, Supplier<T> candidate) {
        CompletableFuture<T> before = fitsTwiceInMemory(dataset, Runtime.getRuntime().maxMemory())
                ? CompletableFuture.supplyAsync(baseline, baselines)
                : CompletableFuture.completedFuture(baseline.get());
        T after = candidate.get();
        try {
            return new Both<>(before.join(), after);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    static boolean fitsTwiceInMemory(Dataset dataset, long maxHeap) {
        return 2 * facts(dataset) * BYTES_PER_FACT < maxHeap / 4 * 3;
    }

    /** The units, cadres and records of the dataset's requests: the facts each side inserts. */
    static long facts(Dataset dataset) {
        long facts = 0;
        if (dataset.annual() != null) {
            facts += dataset.annual().units().size() + dataset.annual().cadres().size() + dataset.annual().records().size();
        }
        if (dataset.quarterly() != null) {
            facts += dataset.quarterly().units().size() + dataset.quarterly().cadres().size()
                    + dataset.quarterly().records().size();
        }
        return facts;
    }

    boolean isShutdown() {
        return baselines.isShutdown();
    }

    @Override
    public void destroy() {
        baselines.shutdownNow();
    }
}
