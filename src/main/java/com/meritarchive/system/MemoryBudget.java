package com.meritarchive.system;

import java.util.concurrent.Semaphore;

/**
 * The heap that decisions may use at once, in kilobytes of a semaphore. A request reserves what
 * its body will cost while it is decided and gives it back when its answer is written. A
 * request costing more than the whole budget still runs, but only alone.
 */
final class MemoryBudget {

    /**
     * Heap per byte of JSON body while it is read, decided and answered. Measured with the
     * benchmark's province (a 44 MB body needs about 450 MB in one decision, README "Benchmark").
     */
    static final long BYTES_PER_BODY_BYTE = 10;
    /** Share of the heap decisions may take by default; the rest is the service's own (compiled rule sets, pages). */
    static final double HEAP_SHARE = 0.6;

    private final long totalBytes;
    private final int totalKb;
    private final Semaphore kilobytes;

    MemoryBudget(long totalBytes) {
        this.totalBytes = totalBytes;
        this.totalKb = (int) Math.max(1, Math.min(Integer.MAX_VALUE, totalBytes / 1024));
        this.kilobytes = new Semaphore(totalKb);
    }

    static MemoryBudget fromHeap(long maxHeapBytes) {
        return new MemoryBudget((long) (maxHeapBytes * HEAP_SHARE));
    }

    long totalBytes() {
        return totalBytes;
    }

    /** Reserves the cost of a body of {@code bodyBytes}, or null when the budget cannot hold it now. */
    Reservation tryReserve(long bodyBytes) {
        long costKb = Math.max(1, Math.min(totalKb, bodyBytes / 1024 * BYTES_PER_BODY_BYTE + 1));
        int permits = (int) costKb;
        return kilobytes.tryAcquire(permits) ? new Reservation(permits) : null;
    }

    /** A part of the budget held until it is closed. */
    final class Reservation implements AutoCloseable {

        private final int permits;

        private Reservation(int permits) {
            this.permits = permits;
        }

        @Override
        public void close() {
            kilobytes.release(permits);
        }
    }
}
