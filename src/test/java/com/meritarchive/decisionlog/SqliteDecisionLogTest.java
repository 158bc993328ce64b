package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDecisionLogTest extends DecisionLogContract {

    @TempDir
    Path folder;

    @Override
    DecisionLog open() {
        return new SqliteDecisionLog(folder);
    }

    @Test
    void shouldSyncEveryCommitToDisk() {
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            assertThat(log.writerSetting("journal_mode")).isEqualTo("wal");
            assertThat(log.writerSetting("synchronous")).as("2 = FULL: the WAL is synced at every commit").isEqualTo("2");
        }
    }

    @Test
    void shouldCommitConcurrentDecisionsTogetherAndFailOnlyTheWriteThatFails() throws Exception {
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        CompletableFuture<Void> wrong;
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            CyclicBarrier together = new CyclicBarrier(33);
            for (int i = 0; i < 32; i++) {
                String id = "g" + i;
                writes.add(CompletableFuture.runAsync(() -> {
                    await(together);
                    log.append(entry(id, DecisionKind.ANNUAL, 2017, null, T0, List.of("C" + id)));
                }, Executors.newSingleThreadExecutor()));
            }
            wrong = CompletableFuture.runAsync(() -> {
                await(together);
                log.complete(entry("never-begun", DecisionKind.ANNUAL, 2017, null, T0, List.of()));
            }, Executors.newSingleThreadExecutor());
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> wrong.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(DecisionLogException.class)
                    .hasMessageContaining("never-begun");
        }
        try (SqliteDecisionLog reopened = new SqliteDecisionLog(folder)) {
            for (int i = 0; i < 32; i++) {
                assertThat(reopened.find("g" + i, true)).as("decision g" + i).isPresent();
            }
            assertThat(reopened.find("never-begun", false)).isEmpty();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldCopyTheLogIntoTheDatabaseOffTheCommitPath() throws Exception {
        Path database = folder.resolve("decisions.sqlite");
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            assertThat(log.writerSetting("wal_autocheckpoint")).as("no checkpoint inside a commit").isEqualTo("0");
            long empty = Files.size(database);
            IntStream.range(0, 20).forEach(i -> log.append(entry("d" + i, DecisionKind.ANNUAL, 2017, null, T0, List.of("C" + i))));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Files.size(database) <= empty) { // new pages are in the log until a checkpoint copies them
                assertThat(System.nanoTime()).as("the checkpoint thread copies the log within 10 s").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
        assertThat(folder.resolve("decisions.sqlite-wal")).as("closing empties and removes the log").doesNotExist();
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            assertThat(log.find("d19", false)).isPresent();
        }
    }

    @Test
    void shouldCompressTheRequestToAFractionThatReadsBack() {
        byte[] body = "{\"cadres\":[]}".repeat(1000).getBytes(StandardCharsets.UTF_8);
        byte[] compressed = Compression.compress(body);
        assertThat(compressed.length).isLessThan(body.length / 10);
        assertThat(Compression.decompress(compressed)).isEqualTo(body);
        assertThat(DecisionRecorder.sha256("abc".getBytes())).isEqualTo(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
