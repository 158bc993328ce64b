package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.Zstd;
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
 * (compressed again with room for the worst case, on a context that just failed).
 */
class CompressionTest {

    @Test
    void shouldGiveTheFramesOfANewContextFromContextsUsedBefore() throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        Random random = new Random(7);
        for (int size : new int[] {1, 40, 900, 70_000, 3_000_000, 12, Compression.FIRST_GUESS_FROM, Compression.FIRST_GUESS_FROM - 1}) {
            StringBuilder json = new StringBuilder("{\"cadres\":[");
            while (json.length() < size) {
                json.append("{\"id\":\"C").append(random.nextInt(100_000)).append("\",\"unitId\":\"U").append(random.nextInt(90))
                        .append("\"},");
            }
            bodies.add(json.substring(0, size).getBytes(StandardCharsets.UTF_8));
        }
        for (int size : new int[] {Compression.FIRST_GUESS_FROM, 300_000}) {
            byte[] noise = new byte[size];
            random.nextBytes(noise);
            bodies.add(noise);
        }
        assertThat(Zstd.compress(bodies.get(bodies.size() - 1), 1).length).as("needs more than a quarter")
                .isGreaterThan(300_000 / 4);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                byte[] body = bodies.get(task % bodies.size());
                same.add(threads.submit(() -> {
                    byte[] frame = Compression.compress(body);
                    return Arrays.equals(frame, Zstd.compress(body, 1))
                            && Arrays.equals(Compression.decompress(frame), body);
                }));
            }
            for (Future<Boolean> result : same) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
