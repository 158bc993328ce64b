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
    /** Bodies from this size on are compressed into room for a quarter of their size first ({@link Frames}). */
    static final int FIRST_GUESS_FROM = 64 * 1024;
    /** Larger bodies are compressed in slices of this size, each a frame of its own ({@link Frames}). */
    static final int SLICE = 4 * 1024 * 1024;
    /** Contexts ready for the next body; a context holds native memory sized by the largest body it compressed. */
    private static final BlockingQueue<ZstdCompressCtx> IDLE = new ArrayBlockingQueue<>(4);

    private Compression() {
    }

    static byte[] compress(byte[] body) {
        ZstdCompressCtx context = context();
        byte[] compressed;
        try {
            compressed = compress(context, body);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        giveBack(context);
        return compressed;
    }

    /** A kept context, or a new one; give it back ({@link #giveBack}) when it is done with. */
    static ZstdCompressCtx context() {
        ZstdCompressCtx context = IDLE.poll();
        return context != null ? context : new ZstdCompressCtx().setLevel(LEVEL);
    }

    /** Keeps a context that compressed without failing for the next body. */
    static void giveBack(ZstdCompressCtx context) {
        if (!IDLE.offer(context)) {
            context.close();
        }
    }

    /**
     * A body up to {@link #FIRST_GUESS_FROM} in one frame; a larger one one frame per {@link #SLICE},
     * gathered as {@link Frames} does.
     */
    private static byte[] compress(ZstdCompressCtx context, byte[] body) {
        if (body.length < FIRST_GUESS_FROM) {
            return context.compress(body);
        }
        Frames frames = new Frames(context, body.length);
        for (int from = 0; from < body.length; from += SLICE) {
            frames.add(body, from, Math.min(SLICE, body.length - from));
        }
        return frames.bytes();
    }

    /**
     * A large body compressed one slice at a time, each slice a frame of its own, the frames one
     * after another in one array: what zstd reads as one body ({@code zstd -d} too). Slices are
     * {@link #SLICE} bytes but the last; given so, the frames are those {@link #compress(byte[])}
     * makes of the whole body, whether the slices came from one array or from a body being read
     * ({@link SealingStream}).
     *
     * <p>Why slices: while zstd-jni compresses an array, the JVM pins it and no garbage collection
     * can start: compressing a province's request in one go (about 50 ms) held every allocating
     * thread of the decision still for 26-66 ms in each of six calls, until it ended
     * ({@code -Xlog:gc+jni}); a slice holds them for a few milliseconds at most. At level 1 zstd
     * looks back 512 KB at most, so the slices compress as well as the whole.
     *
     * <p>The frames go into room for a quarter of the body's expected size first, copied to their
     * length at the end; only a slice that does not fit (hardly compressible) is compressed again
     * once the room has grown by what zstd may need for it in the worst case. Asking for that room
     * at once, as {@link ZstdCompressCtx#compress(byte[])} does, allocated 47.8 MB to compress a
     * province's 43.6 MB request (4.0 MB compressed) and 12.3 MB for its 11.3 MB answer; this way
     * 14.9 and 3.7 MB (ThreadMXBean), heap that the young collections need not make room for. Not
     * safe for threads: slices are added one after another.
     */
    static final class Frames {

        private final ZstdCompressCtx context;
        private final long expected;
        private byte[] room;
        private int size;
        private long given;

        /** @param expected the body's length, or a guess (the room grows as the frames need) */
        Frames(ZstdCompressCtx context, long expected) {
            this.context = context;
            this.expected = expected;
            this.room = new byte[(int) Math.min(Integer.MAX_VALUE - 16, Math.max(expected / 4, 64))];
        }

        /** Compresses the next slice of the body, {@code length} bytes of {@code body} from {@code from}, into a frame. */
        void add(byte[] body, int from, int length) {
            given += length;
            int worst = (int) Zstd.compressBound(length);
            if (room.length - size < worst) {
                try {
                    size += context.compressByteArray(room, size, room.length - size, body, from, length);
                    return;
                } catch (ZstdException tooLittleRoom) {
                    // compressing again starts a new frame with the same level (zstd's ZSTD_compress2
                    // resets the session, not the parameters; reset() would set the level back to 3)
                }
                room = Arrays.copyOf(room, size + worst + (int) Math.max(0, (expected - given) / 4));
            }
            size += context.compressByteArray(room, size, room.length - size, body, from, length);
        }

        /** The frames so far, one after another. */
        byte[] bytes() {
            return Arrays.copyOf(room, size);
        }
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
