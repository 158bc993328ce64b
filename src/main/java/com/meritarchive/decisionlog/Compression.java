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
    /** Larger bodies are compressed in slices of this size, each a frame of its own ({@link #compress(ZstdCompressCtx, byte[])}). */
    static final int SLICE = 4 * 1024 * 1024;
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
     * length; only a slice that does not fit (hardly compressible) is compressed again once the room
     * has grown by what zstd may need for it in the worst case, the slice's size and more. Asking for
     * that room at once, as {@link ZstdCompressCtx#compress(byte[])} does, allocated 47.8 MB to
     * compress a province's 43.6 MB request (4.0 MB compressed) and 12.3 MB for its 11.3 MB answer;
     * this way 14.9 and 3.7 MB (ThreadMXBean), heap that the young collections need not make room for.
     *
     * <p>A body larger than {@link #SLICE} becomes one frame per slice, one after another: what zstd
     * reads as one body ({@code zstd -d} too). While zstd-jni compresses an array, the JVM pins it and
     * no garbage collection can start: compressing a province's request in one go (about 50 ms) held
     * every allocating thread of the decision still for 26-66 ms in each of six calls, until it ended
     * ({@code -Xlog:gc+jni}); a slice holds them for a few milliseconds at most. At level 1 zstd looks
     * back 512 KB at most, so the slices compress as well as the whole.
     */
    private static byte[] compress(ZstdCompressCtx context, byte[] body) {
        if (body.length < FIRST_GUESS_FROM) {
            return context.compress(body);
        }
        byte[] room = new byte[body.length / 4];
        int size = 0;
        for (int from = 0; from < body.length; from += SLICE) {
            int length = Math.min(SLICE, body.length - from);
            int worst = (int) Zstd.compressBound(length);
            try {
                size += context.compressByteArray(room, size, room.length - size, body, from, length);
                continue;
            } catch (ZstdException tooLittleRoom) {
                if (room.length - size >= worst) {
                    throw tooLittleRoom;
                }
                // compressing again starts a new frame with the same level (zstd's ZSTD_compress2
                // resets the session, not the parameters; reset() would set the level back to 3)
            }
            room = Arrays.copyOf(room, size + worst + (body.length - from - length) / 4);
            size += context.compressByteArray(room, size, room.length - size, body, from, length);
        }
        return Arrays.copyOf(room, size);
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

    /** The body as received, whether it was stored compressed (in one frame or several, see {@link #SLICE}) or not. */
    static byte[] decompress(byte[] stored) {
        if (!isCompressed(stored)) {
            return stored;
        }
        long size = 0;
        for (int at = 0; at < stored.length; ) {
            long frame = Zstd.findFrameCompressedSize(stored, at);
            long content = frame > 0 && frame <= stored.length - at ? Zstd.getFrameContentSize(stored, at, (int) frame) : -1;
            if (content < 0) {
                throw new DecisionLogException("read", "A recorded body cannot be decompressed (frame at byte " + at
                        + ": " + (frame > 0 ? "size " + content : "length " + frame) + ")", null);
            }
            size += content;
            at += (int) frame;
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new DecisionLogException("read", "A recorded body cannot be decompressed (size " + size + ")", null);
        }
        byte[] body = new byte[(int) size];
        long decompressed = Zstd.decompress(body, stored);
        if (decompressed != size) {
            throw new DecisionLogException("read", "A recorded body cannot be decompressed (" + decompressed + " of "
                    + size + " bytes)", null);
        }
        return body;
    }
}
