package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Kept compressing contexts give the frames a new context gives, whatever they compressed before
 * and on whichever thread, and so does a large body too random to fit in a quarter of its size
 * (compressed again with room for the worst case, on a context that just failed). A body larger
 * than a slice is one frame per slice, which a zstd stream reader reads back as the body.
 */
class CompressionTest {

    @Test
    void shouldGiveTheFramesOfANewContextFromContextsUsedBefore() throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        Random random = new Random(7);
        for (int size : new int[] {1, 40, 900, 70_000, 3_000_000, 12, Compression.FIRST_GUESS_FROM, Compression.FIRST_GUESS_FROM - 1,
                Compression.SLICE, Compression.SLICE + 1, 2 * Compression.SLICE + 1_000_000}) {
            StringBuilder json = new StringBuilder("{\"cadres\":[");
            while (json.length() < size) {
                json.append("{\"id\":\"C").append(random.nextInt(100_000)).append("\",\"unitId\":\"U").append(random.nextInt(90))
                        .append("\"},");
            }
            bodies.add(json.substring(0, size).getBytes(StandardCharsets.UTF_8));
        }
        for (int size : new int[] {Compression.FIRST_GUESS_FROM, 300_000, Compression.SLICE + 700_000}) {
            byte[] noise = new byte[size];
            random.nextBytes(noise);
            bodies.add(noise);
        }
        assertThat(Zstd.compress(bodies.get(bodies.size() - 2), 1).length).as("needs more than a quarter")
                .isGreaterThan(300_000 / 4);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                byte[] body = bodies.get(task % bodies.size());
                same.add(threads.submit(() -> {
                    byte[] frames = Compression.compress(body);
                    return Arrays.equals(frames, slicedByNewContexts(body))
                            && Arrays.equals(Compression.decompress(frames), body)
                            && Arrays.equals(new ZstdInputStream(new ByteArrayInputStream(frames)).readAllBytes(), body);
                }));
            }
            for (Future<Boolean> result : same) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        byte[] large = bodies.get(10);
        int oneFrame = Zstd.compress(large, 1).length;
        assertThat(Compression.compress(large).length).as("three frames, within 2 %% of one frame's %d bytes", oneFrame)
                .isBetween(oneFrame * 98 / 100, oneFrame * 102 / 100);
    }

    /** Each slice of {@code body} compressed by a new context, the frames one after another. */
    private static byte[] slicedByNewContexts(byte[] body) {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        int slice = body.length < Compression.FIRST_GUESS_FROM ? Math.max(body.length, 1) : Compression.SLICE;
        for (int from = 0; from < body.length || from == 0; from += slice) {
            frames.writeBytes(Zstd.compress(Arrays.copyOfRange(body, from, Math.min(body.length, from + slice)), 1));
        }
        return frames.toByteArray();
    }
}
