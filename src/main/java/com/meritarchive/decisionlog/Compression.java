package com.meritarchive.decisionlog;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * How recorded requests and answers are compressed: zstd at level 1, measured against gzip level 1
 * (java.util.zip): the province's 44 MB request becomes 4.0 MB instead of 4.6 MB in about half the
 * time (50 against 115 ms), a county's 0.37 MB 25 KB instead of 37 KB in 0.5 against 1.0 ms.
 * The {@code zstd} command reads what is stored ({@code zstd -d}). A body may also be stored as
 * received until the store seals it ({@link DecisionEntry#sealed}); the two are told apart by zstd's
 * frame magic, which no JSON body (text starting with a brace or white space) begins with.
 * Compressing contexts are kept for the next body: making one for each body cost a single cadre's
 * 0.9 KB answer 9 µs, ten times the compression.
 */
final class Compression {

    private static final byte[] MAGIC = {(byte) 0x28, (byte) 0xB5, (byte) 0x2F, (byte) 0xFD};
    private static final int LEVEL = 1;
    /** Bodies from this size on are compressed into room for a quarter of their size first ({@link #compress(ZstdCompressCtx, byte[])}). */
    static final int FIRST_GUESS_FROM = 64 * 1024;
    /** Contexts ready for the next body; a context holds native memory sized by the largest body it compressed. */
    private static final BlockingQueue<ZstdCompressCtx> IDLE = new ArrayBlockingQueue<>(4);

    private Compression() {
    }

    static byte[] compress(byte[] body) {
        ZstdCompressCtx context = IDLE.poll();
        if (context == null) {
            context = new ZstdCompressCtx().setLevel(LEVEL);
        }
        byte[] compressed;
        try {
            compressed = compress(context, body);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        if (!IDLE.offer(context)) {
            context.close();
        }
        return compressed;
    }

    /**
     * A large body is compressed into room for a quarter of its size first, then copied to its
     * length; only one that does not fit (hardly compressible) is compressed again with the room
     * zstd may need in the worst case, the body's size and more. Asking for that room at once, as
     * {@link ZstdCompressCtx#compress(byte[])} does, allocated 47.8 MB to compress a province's
     * 43.6 MB request (its frame: 4.0 MB) and 12.3 MB for its 11.3 MB answer; this way 14.9 and
     * 3.7 MB (ThreadMXBean), heap that the young collections no longer have to make room for.
     */
    private static byte[] compress(ZstdCompressCtx context, byte[] body) {
        if (body.length >= FIRST_GUESS_FROM) {
            byte[] room = new byte[body.length / 4];
            try {
                return Arrays.copyOf(room, context.compressByteArray(room, 0, room.length, body, 0, body.length));
            } catch (ZstdException tooLittleRoom) {
                // compressing again starts a new frame with the same level (zstd's ZSTD_compress2
                // resets the session, not the parameters; reset() would set the level back to 3)
            }
        }
        return context.compress(body);
    }

    /** {@code body} compressed, unless it already is (or is null). */
    static byte[] compressed(byte[] body) {
        return body == null || isCompressed(body) ? body : compress(body);
    }

    /** Whether {@code stored} is a zstd frame rather than a body as received. */
    static boolean isCompressed(byte[] stored) {
        if (stored.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (stored[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** The body as received, whether it was stored compressed or not. */
    static byte[] decompress(byte[] stored) {
        if (!isCompressed(stored)) {
            return stored;
        }
        long size = Zstd.getFrameContentSize(stored);
        if (size < 0 || size > Integer.MAX_VALUE - 16) {
            throw new DecisionLogException("read", "A recorded body cannot be decompressed (frame size " + size + ")", null);
        }
        return Zstd.decompress(stored, (int) size);
    }
}
