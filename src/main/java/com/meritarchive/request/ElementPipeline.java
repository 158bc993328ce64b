package com.meritarchive.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.request.InvalidRequestException.InvalidField;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Reads the elements of one streamed array and hands each to its handler, in order. Reading a
 * province took about 400 ms on one thread: Jackson tokenizing and building each element's tree,
 * the handlers' checks (about 60 ms of CPU of it, the parser thread's own work about 300 ms), and
 * the collector. Past the first {@link #INLINE_ELEMENTS} elements the parser thread goes on building
 * trees while one thread of a shared pool runs the handlers on batches of them, so that the checks
 * cost the request hardly any time of their own: the parser thread is what it waits for (measured
 * in-process on two cores, medians of alternating runs: 450 against 460 ms, 420 once
 * {@link StrictTree#element} stopped building a pointer per element). A county's arrays (a few
 * thousand elements) never get that far and pay no hand-over.
 *
 * <p>Nothing a reader sees changes. The handlers run one at a time in element order, on one thread
 * per array (they append to lists and to a {@link FieldReader} that are not thread-safe); the
 * parser thread keeps the duplicate-key problems and never touches the handlers' state; every
 * handler has finished before {@link #read} returns. A handler's exception is thrown as it is,
 * and the parser stops at the next batch. When reading fails (malformed JSON, bytes that are not
 * UTF-8, the parser's nesting limit), the elements read before the failure are still handed over,
 * as one thread would have handled them before reaching it, then the failure is thrown: a handler
 * that threw on one of them wins, as it would have. At most {@link #QUEUED_BATCHES} batches wait,
 * so a huge body never piles up trees; when every thread of the pool is busy (as many as the
 * machine has cores, for all requests together) the array is handled on the parser thread as before.
 */
final class ElementPipeline {

    /**
     * Elements handled on the parser thread before any hand-over: above a county's arrays (1,500
     * cadres, 1,400 records), and small against a province's (200,000 cadres, 150,000 records).
     */
    static final int INLINE_ELEMENTS = 4096;

    /**
     * Trees per hand-over. The checks are faster than the parser and wait for each batch, so every
     * hand-over wakes a thread: 1,024 and 2,048 read a province in the same time, 512 about 20 ms
     * slower, 4,096 slower again (the checks start late and trail behind the end of the array).
     */
    static final int BATCH = 1024;

    /** Batches that may wait for the checks: the parser runs ahead at most this far. */
    static final int QUEUED_BATCHES = 4;

    /** The pipeline requests use. */
    static final ElementPipeline DEFAULT = new ElementPipeline(INLINE_ELEMENTS);

    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Checks running on the pool now: none once {@link #read} has returned or thrown. */
    private static final AtomicInteger RUNNING = new AtomicInteger();

    /** No queue of its own: a check that finds no idle thread and no room for another runs inline. */
    private static final ExecutorService CHECKS = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(),
            60, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "request-check-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private final int inlineElements;

    /** @param inlineElements elements handled on the parser thread before the rest are handed over (tests use few) */
    ElementPipeline(int inlineElements) {
        this.inlineElements = inlineElements;
    }

    /**
     * Runs {@code work} on the checks' pool beside the calling thread, or on the calling thread when
     * every pool thread is busy (then before this returns), counted in {@link #running}; returns what
     * waits for its result and throws what it threw.
     */
    static <T> Supplier<T> beside(Supplier<T> work) {
        RUNNING.incrementAndGet();
        CompletableFuture<T> result;
        try {
            result = CompletableFuture.supplyAsync(() -> {
                try {
                    return work.get();
                } finally {
                    RUNNING.decrementAndGet();
                }
            }, CHECKS);
        } catch (RejectedExecutionException e) {
            RUNNING.decrementAndGet();
            T done = work.get();
            return () -> done;
        }
        return () -> {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        };
    }

    /** Checks running on the pool's threads at this moment, for all requests. */
    static int running() {
        return RUNNING.get();
    }

    /**
     * Reads the array the parser stands on (its {@code [}) up to its {@code ]}; element {@code i}
     * goes to {@code handler} with index {@code i}, its duplicate keys to {@code problems} at
     * {@code /name/i}.
     */
    void read(JsonParser parser, String name, BiConsumer<JsonNode, Integer> handler, List<InvalidField> problems)
            throws IOException {
        String pointer = "/" + name;
        int index = 0;
        for (; index < inlineElements; index++) {
            if (parser.nextToken() == JsonToken.END_ARRAY) {
                return;
            }
            handler.accept(StrictTree.element(parser, pointer, index, problems), index);
        }
        Checks checks = Checks.start(handler, index);
        if (checks == null) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                handler.accept(StrictTree.element(parser, pointer, index, problems), index++);
            }
            return;
        }
        checks.feed(parser, pointer, index, problems);
    }

    /** One array's handler running on a pool thread, fed batches of trees by the parser thread. */
    private static final class Checks implements Runnable {

        /** Put after the last batch: the array has ended. */
        private static final List<JsonNode> END = List.of();

        private final BlockingQueue<List<JsonNode>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        private final CountDownLatch done = new CountDownLatch(1);
        private final BiConsumer<JsonNode, Integer> handler;
        private int index;
        private volatile Throwable failure;
        private volatile boolean cancelled;

        private Checks(BiConsumer<JsonNode, Integer> handler, int index) {
            this.handler = handler;
            this.index = index;
        }

        /** The handler running on a pool thread from element {@code index} on, or null when every thread is busy. */
        static Checks start(BiConsumer<JsonNode, Integer> handler, int index) {
            Checks checks = new Checks(handler, index);
            RUNNING.incrementAndGet();
            try {
                CHECKS.execute(checks);
                return checks;
            } catch (RejectedExecutionException e) {
                RUNNING.decrementAndGet();
                return null;
            }
        }

        @Override
        public void run() {
            try {
                for (List<JsonNode> batch = queue.take(); batch != END && !cancelled; batch = queue.take()) {
                    for (int i = 0; i < batch.size() && !cancelled; i++) {
                        handler.accept(batch.get(i), index++);
                    }
                }
            } catch (Throwable e) { // an interrupt too (the pool shutting down): the array was not checked
                failure = e;
            } finally {
                queue.clear(); // a parser thread blocked on a full queue gets its room and sees that the checks ended
                RUNNING.decrementAndGet();
                done.countDown();
            }
        }

        /**
         * Reads the rest of the array into batches for the handler and waits for it to finish. A
         * handler's failure stops the reading and is thrown; a reading failure is thrown once the
         * elements read before it have been handled (unless one of them failed: that is thrown).
         */
        void feed(JsonParser parser, String pointer, int index, List<InvalidField> problems) throws IOException {
            List<JsonNode> batch = new ArrayList<>(BATCH);
            boolean stopped = false;
            try {
                while (!stopped && parser.nextToken() != JsonToken.END_ARRAY) {
                    batch.add(StrictTree.element(parser, pointer, index++, problems));
                    if (batch.size() == BATCH) {
                        stopped = !hand(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            } catch (IOException | RuntimeException | Error reading) {
                finish(batch);
                if (failure == null) {
                    throw reading;
                }
                if (failure instanceof InterruptedIOException) {
                    failure.addSuppressed(reading);
                }
                throw rethrow(failure); // a handler that threw on an element before the failure wins, as it would have
            }
            if (!stopped) {
                finish(batch);
            }
            if (failure != null) {
                throw rethrow(failure);
            }
        }

        /** Hands over the last trees and the end, and waits until the handler has finished with them. */
        private void finish(List<JsonNode> batch) {
            if ((batch.isEmpty() || hand(batch)) && hand(END)) {
                try {
                    done.await();
                } catch (InterruptedException e) {
                    cancel();
                }
            }
        }

        /** Hands a batch over; false when the handler has stopped (it threw, or the wait was interrupted). */
        private boolean hand(List<JsonNode> batch) {
            if (done.getCount() == 0) {
                return false;
            }
            try {
                queue.put(batch);
            } catch (InterruptedException e) {
                cancel();
                return false;
            }
            return done.getCount() != 0;
        }

        /**
         * The parser thread was interrupted while it waited for the handler: the handler stops after
         * its current element, the reading fails with an {@link InterruptedIOException}, and the
         * interrupt stays set for the caller to see.
         */
        private void cancel() {
            cancelled = true;
            queue.clear();
            queue.offer(END); // wakes a handler waiting for a batch
            while (done.getCount() != 0) {
                try {
                    done.await();
                } catch (InterruptedException again) {
                    // the handler stops within one element: wait for it all the same
                }
            }
            Thread.currentThread().interrupt();
            if (failure == null) {
                failure = new InterruptedIOException("interrupted while the request's elements were being checked");
            }
        }

        private static RuntimeException rethrow(Throwable failure) throws IOException {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof InterruptedException) {
                throw new InterruptedIOException("the request's checks were interrupted");
            }
            throw new UndeclaredThrowableException(failure);
        }
    }
}
