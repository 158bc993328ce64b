package com.meritarchive.decisionlog;

import com.github.luben.zstd.ZstdCompressCtx;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A large request body sealed while it is read: what its reader reads through this stream is
 * gathered into slices of {@link Compression#SLICE} bytes, and each full slice is hashed (sha256)
 * and compressed into its frame ({@link Compression.Frames}) on another thread while the next one
 * fills. Once the body has been read to its end ({@link #finish}) the record has the request's
 * sha256 and its frames, the same bytes {@link DecisionEntry#sealed} makes of the whole body, and
 * the body itself never was in memory at once: read whole first, a province's 44 MB (1,000,000
 * cadres' 219 MB) were one array that lived through the reading and checking, long enough for the
 * young collections to copy it into the old generation.
 *
 * <p>At most {@link #SLICES} slices exist: should hashing and compressing fall behind the reading,
 * the reader waits for a slice to come back. Slices are sealed one after another, in order (the
 * digest and the frames need them so), on the recorder's threads.
 */
final class SealingStream extends InputStream {

    /** The slice being filled and two being sealed: 12 MB a request. */
    static final int SLICES = 3;

    /** A request's sha256 (hex) and its body compressed. */
    record Sealed(String sha256, byte[] compressed) {
    }

    private final InputStream body;
    private final Executor sealers;
    private final MessageDigest sha256;
    private final ZstdCompressCtx context = Compression.context();
    private final Compression.Frames frames;
    private final BlockingQueue<byte[]> returned = new ArrayBlockingQueue<>(SLICES);
    private int made;
    private byte[] slice;
    private int filled;
    /** The slices handed to the sealers so far, sealed one after another. */
    private CompletableFuture<Void> sealing = CompletableFuture.completedFuture(null);
    private volatile boolean abandoned;
    private boolean done;

    /** @param declared the body's length as declared (its Content-Length) */
    SealingStream(InputStream body, long declared, Executor sealers) {
        this.body = body;
        this.sealers = sealers;
        this.frames = new Compression.Frames(context, declared);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (done) {
            throw new IllegalStateException("The body has been read to its end");
        }
        int read = body.read(into, offset, length);
        for (int kept = 0; kept < read; ) {
            if (slice == null) {
                slice = nextSlice();
            }
            int part = Math.min(read - kept, slice.length - filled);
            System.arraycopy(into, offset + kept, slice, filled, part);
            filled += part;
            kept += part;
            if (filled == slice.length) {
                seal();
            }
        }
        return read;
    }

    /**
     * Reads what the reader left (white space after the JSON at most) and seals the last slice:
     * the sha256 and frames of the whole body once the sealers are through.
     */
    CompletableFuture<Sealed> finish() throws IOException {
        byte[] rest = new byte[8192];
        while (read(rest, 0, rest.length) >= 0) {
            // kept by read
        }
        done = true;
        if (filled > 0) {
            seal();
        }
        return sealing.thenApply(sealed -> new Sealed(HexFormat.of().formatHex(sha256.digest()), frames.bytes()))
                .whenComplete((sealed, failure) -> release());
    }

    /**
     * Stops sealing (reading the body failed, or it is not a request): reads the rest of the body
     * without keeping it, as reading it whole first did, so that the caller, still sending, is
     * answered rather than cut off (Tomcat closes a connection with more than 2 MB left unread).
     */
    void abandon() {
        abandoned = true;
        done = true;
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the caller is gone; its answer has nowhere to go either
        }
        sealing.whenComplete((sealed, failure) -> release());
    }

    /** Hands the full (or last) slice to the sealers, after the slices before it. */
    private void seal() {
        byte[] full = slice;
        int length = filled;
        slice = null;
        filled = 0;
        sealing = sealing.handleAsync((before, failure) -> {
            try {
                if (failure != null) {
                    throw failure instanceof CompletionException seen ? seen : new CompletionException(failure);
                }
                if (!abandoned) {
                    sha256.update(full, 0, length);
                    frames.add(full, 0, length);
                }
                return null;
            } finally {
                returned.add(full);
            }
        }, sealers);
    }

    private byte[] nextSlice() throws IOException {
        byte[] next = returned.poll();
        if (next != null) {
            return next;
        }
        if (made < SLICES) {
            made++;
            return new byte[Compression.SLICE];
        }
        try {
            return returned.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while the request body was being recorded");
        }
    }

    private void release() {
        if (abandoned || sealing.isCompletedExceptionally()) {
            context.close();
        } else {
            Compression.giveBack(context);
        }
    }
}
