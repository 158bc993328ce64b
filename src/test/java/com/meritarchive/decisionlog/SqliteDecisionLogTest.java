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

    /**
     * A decision endpoint's answer can be decided again from its synced request and rule set: its
     * commit does not sync, and a crash that loses it leaves the decision listed as unfinished. A
     * documents answer (it also depends on dates that are not recorded) and the store's own writes
     * still sync.
     */
    @Test
    void shouldSyncTheRequestAndLeaveARecomputableAnswerToTheNextSync() {
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            log.begin(entry("y", DecisionKind.ANNUAL, null, null, T0, List.of("C001")));
            log.begin(entry("paper", DecisionKind.DOCUMENTS_ANNUAL, null, null, T0, List.of("C001")));
            long synced = log.committed(true);
            long unsynced = log.committed(false);

            log.complete(entry("y", DecisionKind.ANNUAL, 2017, null, T0, null));
            assertThat(log.committed(false)).isEqualTo(unsynced + 1);
            assertThat(log.committed(true)).isEqualTo(synced);
            assertThat(log.writerSetting("synchronous")).as("back to FULL after it").isEqualTo("2");

            log.complete(entry("paper", DecisionKind.DOCUMENTS_ANNUAL, 2017, null, T0, null));
            assertThat(log.committed(true)).isEqualTo(synced + 1);
            assertThat(log.committed(false)).isEqualTo(unsynced + 1);
        }
    }

    /** What a crash left begun: request and rule set, oldest first; nothing begun since, nothing complete. */
    @Test
    void shouldListTheDecisionsBegunAndNeitherCompletedNorAbandoned() {
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            log.begin(entry("lost", DecisionKind.QUARTERLY, null, null, T0, List.of("C001")));
            log.begin(entry("answered", DecisionKind.ANNUAL, null, null, T0.plusSeconds(1), List.of()));
            log.begin(entry("failed", DecisionKind.ANNUAL, null, null, T0.plusSeconds(2), List.of()));
            log.begin(entry("after", DecisionKind.ANNUAL, null, null, T0.plusSeconds(10), List.of()));
            log.complete(entry("answered", DecisionKind.ANNUAL, 2017, null, T0.plusSeconds(1), null));
            log.abandon("failed");
        }
        try (SqliteDecisionLog reopened = new SqliteDecisionLog(folder)) {
            List<DecisionEntry> unfinished = reopened.unfinished(T0.plusSeconds(10));
            assertThat(unfinished).extracting(DecisionEntry::id).containsExactly("lost");
            DecisionEntry lost = unfinished.get(0);
            assertThat(lost.kind()).isEqualTo(DecisionKind.QUARTERLY);
            assertThat(lost.decidedAt()).isEqualTo(T0);
            assertThat(lost.ruleSetId()).isEqualTo("0f51286ef650");
            assertThat(lost.ruleSetSha256()).isEqualTo("0f51286ef650ff");
            assertThat(text(lost.requestZstd())).isEqualTo("{\"year\":null}");
            assertThat(reopened.unfinished(T0.plusSeconds(11))).extracting(DecisionEntry::id).containsExactly("lost", "after");
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
