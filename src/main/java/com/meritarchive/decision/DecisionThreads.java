package com.meritarchive.decision;

import com.meritarchive.decision.RuleRunner.Results;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides a large request's subjects in partitions, each in its own stateless session, on a pool
 * bounded by the machine's cores and shared by all requests (fewer sessions alive at once also
 * means less heap: a province's one session held several hundred MB of working memory): a subject's facts are one fact
 * ({@code SubjectRecords}) and no rule joins two subjects, so the partitions' outcomes are those of
 * one session over all of them (a test compares them on seeded counties). The calling thread
 * decides one partition itself. A request under {@code merit.partition-size} subjects (a county)
 * is one session: splitting it would cost more than it saves. The quarterly decision cuts its first
 * phase itself, by indicator, since rankings join subjects ({@link #runEach}, {@link QuarterlyPhases}).
 */
@Component
public class DecisionThreads {

    private final int threads;
    private final int partitionSize;
    private final ExecutorService pool;

    /**
     * @param threads partitions decided at once per request, 0 for the number of cores
     * @param partitionSize the fewest subjects worth a partition of their own
     */
    public DecisionThreads(@Value("${merit.decision-threads:0}") int threads,
            @Value("${merit.partition-size:5000}") int partitionSize) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.partitionSize = Math.max(1, partitionSize);
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, runnable -> {
            Thread thread = new Thread(runnable, "decision-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One session for everything: what tests and explanations use, and the reference the partitions must equal. */
    public static DecisionThreads single() {
        return new DecisionThreads(1, Integer.MAX_VALUE);
    }

    /**
     * Runs {@code shared} (facts every partition needs, e.g. the decision year) with the subjects'
     * facts split into partitions of about {@code merit.partition-size}, and returns the facts of
     * {@code resultTypes} all sessions left. The calling thread and up to {@code threads - 1} of the
     * pool's take partitions in turn, so that at most {@code threads} sessions' working memory
     * exists at once however large the request.
     */
    Results run(KieBase kieBase, List<?> shared, List<?> subjects, Class<?>... resultTypes) {
        int partitions = partitionsFor(subjects.size());
        if (partitions <= 1) {
            return RuleRunner.run(kieBase, concat(shared, subjects), resultTypes);
        }
        int size = (subjects.size() + partitions - 1) / partitions;
        List<List<Object>> facts = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) {
            facts.add(concat(shared, subjects.subList(p * size, Math.min(subjects.size(), (p + 1) * size))));
        }
        return runEach(kieBase, facts, resultTypes);
    }

    /**
     * Runs one session per list of facts, at most {@code threads} at once (the calling thread takes
     * its turn), and returns the facts of {@code resultTypes} all sessions left, in the order of
     * {@code partitions}: for partitions the caller cut itself, as the quarterly decision's first
     * phase cuts the assessments by indicator.
     */
    Results runEach(KieBase kieBase, List<? extends List<?>> partitions, Class<?>... resultTypes) {
        if (partitions.size() == 1) {
            return RuleRunner.run(kieBase, partitions.get(0), resultTypes);
        }
        List<Object> all = new ArrayList<>();
        inTurn(partitions, partition -> RuleRunner.run(kieBase, partition, resultTypes).objects()).forEach(all::addAll);
        return new Results(all);
    }

    /**
     * {@code work} done on {@code items} cut into as many slices as there are decision threads
     * (the calling thread takes its turn), the results in the slices' order; under
     * {@code merit.partition-size} items, one slice on the calling thread. For work on a large
     * request's subjects that is not the rules', such as listing them in the answer.
     */
    <T, R> List<R> slices(List<T> items, Function<List<T>, R> work) {
        int count = Math.min(threads, partitionsFor(items.size()));
        if (count <= 1) {
            return List.of(work.apply(items));
        }
        int size = (items.size() + count - 1) / count;
        List<List<T>> slices = new ArrayList<>(count);
        for (int from = 0; from < items.size(); from += size) {
            slices.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return inTurn(slices, work);
    }

    /** {@code work} on each of {@code parts}, at most {@code threads} at once (the calling thread takes its turn), the results in order. */
    private <P, R> List<R> inTurn(List<P> parts, Function<P, R> work) {
        List<R> done = new ArrayList<>(Collections.nCopies(parts.size(), null));
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int p = next.getAndIncrement(); p < parts.size(); p = next.getAndIncrement()) {
                done.set(p, work.apply(parts.get(p)));
            }
        };
        List<CompletableFuture<Void>> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, parts.size()); t++) {
            helpers.add(CompletableFuture.runAsync(worker, pool));
        }
        worker.run();
        try {
            helpers.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        return done;
    }

    /**
     * Whether a request of {@code subjects} subjects is large enough to be decided in partitions at
     * all ({@code merit.partition-size} or more): the quarterly decision then takes two phases
     * (see {@link QuarterlyDecider}), even if each phase has a single partition.
     */
    boolean partitions(int subjects) {
        return subjects >= partitionSize;
    }

    /** How many partitions {@code subjects} subjects are decided in. */
    int partitionsFor(int subjects) {
        return Math.max(1, subjects / partitionSize);
    }

    private static List<Object> concat(Collection<?> shared, Collection<?> subjects) {
        List<Object> facts = new ArrayList<>(shared.size() + subjects.size());
        facts.addAll(shared);
        facts.addAll(subjects);
        return facts;
    }
}
