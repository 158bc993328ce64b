package com.meritarchive.decisionlog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * A request body as the recorder receives it ({@link DecisionRecorder#receive}): read once, by the
 * endpoint's reader ({@link #read}), then handed to {@link DecisionRecorder#begin} with the
 * decision it asks for. A body up to {@code merit.decisions.seal-after-answer-up-to} (a county's)
 * is read whole first and kept as received; a larger one (a province's) is hashed and compressed
 * in slices while it is read ({@link SealingStream}) and only its frames are kept; with recording
 * off, nothing is kept.
 */
public final class ReceivedBody {

    /** Reads a request from its body (a method of the strict {@code RequestReader}). */
    @FunctionalInterface
    public interface Reader<R> {
        R read(InputStream body) throws IOException;
    }

    private InputStream stream;
    private byte[] whole;
    private SealingStream sealing;
    private CompletableFuture<SealingStream.Sealed> sealed;

    private ReceivedBody(InputStream stream, byte[] whole, SealingStream sealing) {
        this.stream = stream;
        this.whole = whole;
        this.sealing = sealing;
    }

    /** A body already read: kept as it is. */
    static ReceivedBody of(byte[] whole) {
        return new ReceivedBody(new ByteArrayInputStream(whole), whole, null);
    }

    /**
     * A body read whole into one array of the declared length (a county's 0.37 MB are not copied
     * while they grow), or until its end when no length is declared (a chunked body, whose size
     * {@code system.RequestSizeFilter} counts against {@code merit.max-request-size}).
     */
    static ReceivedBody readWhole(InputStream body, long declared) throws IOException {
        if (declared < 0 || declared > Integer.MAX_VALUE - 16) {
            return of(body.readAllBytes());
        }
        byte[] bytes = new byte[(int) declared];
        int read = body.readNBytes(bytes, 0, bytes.length);
        return of(read == bytes.length ? bytes : Arrays.copyOf(bytes, read));
    }

    /** A body that is sealed as it is read. */
    static ReceivedBody sealedWhileRead(SealingStream sealing) {
        return new ReceivedBody(sealing, null, sealing);
    }

    /** A body nothing is kept of: its reader reads it as it arrives. */
    static ReceivedBody notKept(InputStream body) {
        return new ReceivedBody(body, null, null);
    }

    /**
     * Reads the request with {@code reader}; once. A body sealed while read is then read to its end
     * (what follows the JSON value), the last slice sealed; when reading fails, the rest of the body
     * is read and dropped, and nothing of it is sealed.
     */
    public <R> R read(Reader<R> reader) throws IOException {
        if (stream == null) {
            throw new IllegalStateException("The body has been read");
        }
        InputStream body = stream;
        stream = null;
        R request;
        try {
            request = reader.read(body);
            if (sealing != null) {
                sealed = sealing.finish();
            }
        } catch (IOException | RuntimeException | Error e) {
            if (sealing != null) {
                sealing.abandon();
            }
            throw e;
        }
        sealing = null;
        return request;
    }

    /** The body as received, for the recorder to keep; null when it was sealed as it was read. Only once. */
    byte[] takeWhole() {
        byte[] taken = whole;
        whole = null;
        return taken;
    }

    /** The body's sha256 and frames, once sealed, when it was sealed as it was read; else null. Only once. */
    CompletableFuture<SealingStream.Sealed> takeSealed() {
        CompletableFuture<SealingStream.Sealed> taken = sealed;
        sealed = null;
        return taken;
    }
}
