package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
            assertThat(text(lost.requestBody())).isEqualTo("{\"year\":null}");
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

    /**
     * A county's entry is begun with its request as received (synced: all that durability needs) and
     * sealed once complete, after the answer, in a commit without a sync: a crash that loses that
     * commit leaves the bodies as received, which the next start seals.
     */
    @Test
    void shouldSealAnEntryBegunAsReceivedAfterItsAnswerWithoutASync() throws Exception {
        byte[] request = "{\"year\":2017,\"cadres\":[]}".repeat(50).getBytes(StandardCharsets.UTF_8);
        byte[] answer = "{\"decisionId\":\"u\"}".getBytes(StandardCharsets.UTF_8);
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            log.begin(unsealed("u", DecisionKind.ANNUAL, null, T0, request, null));
            assertThat(stored("u")).as("as received, until its answer").isEqualTo(new Stored(null, false, false));
            long synced = log.committed(true);
            long unsynced = log.committed(false);
            log.complete(unsealed("u", DecisionKind.ANNUAL, 2017, T0, null, answer));
            log.find("u", false).orElseThrow(); // waits for the sealing
            assertThat(stored("u")).isEqualTo(new Stored(DecisionEntry.sha256(request), true, true));
            assertThat(log.committed(true)).as("neither answer nor sealing synced").isEqualTo(synced);
            assertThat(log.committed(false)).as("the answer, then the sealing").isEqualTo(unsynced + 2);

            log.begin(unsealed("lost", DecisionKind.ANNUAL, null, T0, request, null));
            log.begin(unsealed("unsealed", DecisionKind.ANNUAL, null, T0, request, null));
            log.complete(unsealed("unsealed", DecisionKind.ANNUAL, 2017, T0, null, answer));
            log.find("unsealed", false).orElseThrow();
        }
        unseal("unsealed", request, answer); // what a crash leaves when it loses the sealing's commit
        try (SqliteDecisionLog reopened = new SqliteDecisionLog(folder)) {
            DecisionEntry found = reopened.find("unsealed", true).orElseThrow();
            assertThat(found.requestSha256()).isEqualTo(DecisionEntry.sha256(request));
            assertThat(RecordedBodies.answer(found)).isEqualTo(answer);
            assertThat(stored("unsealed")).isEqualTo(new Stored(DecisionEntry.sha256(request), true, true));

            DecisionEntry lost = reopened.unfinished(T0.plusSeconds(1)).get(0);
            assertThat(RecordedBodies.request(lost)).as("begun, as received").isEqualTo(request);
            reopened.complete(unsealed("lost", DecisionKind.ANNUAL, 2017, T0, null, answer));
            reopened.find("lost", false).orElseThrow();
            assertThat(stored("lost")).as("sealed once decided again").isEqualTo(new Stored(DecisionEntry.sha256(request), true, true));

            unseal("u", request, answer); // complete and unsealed with no sealing under way: a read seals it
            assertThat(reopened.list(all(1, 10))).extracting(DecisionSummary::requestSha256)
                    .containsOnly(DecisionEntry.sha256(request));
            assertThat(stored("u")).isEqualTo(new Stored(DecisionEntry.sha256(request), true, true));
            unseal("u", request, answer);
            assertThat(reopened.find("u", false).orElseThrow().requestSha256()).isEqualTo(DecisionEntry.sha256(request));
        }
    }

    /** Sets decision {@code id} back to its bodies as received, without its request sha256, behind the store's back. */
    private void unseal(String id, byte[] request, byte[] answer) throws SQLException {
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("decisions.sqlite"));
                PreparedStatement decision = sqlite.prepareStatement(
                        "UPDATE decision SET request_sha256 = NULL, answer_zstd = ? WHERE id = ?");
                PreparedStatement body = sqlite.prepareStatement("UPDATE decision_request SET request_zstd = ? "
                        + "WHERE seq = (SELECT seq FROM decision WHERE id = ?)")) {
            decision.setBytes(1, answer);
            decision.setString(2, id);
            assertThat(decision.executeUpdate()).isEqualTo(1);
            body.setBytes(1, request);
            body.setString(2, id);
            assertThat(body.executeUpdate()).isEqualTo(1);
        }
    }

    /**
     * The sealing waits (merit.decisions.seal-delay) so that the answer's bytes leave first; a read in
     * the meantime seals at once, and closing the store seals what still waits without waiting.
     */
    @Test
    void shouldSealAfterTheDelayOrAtOnceWhenReadOrClosed() throws Exception {
        byte[] request = "{\"year\":2017}".getBytes(StandardCharsets.UTF_8);
        byte[] answer = "{\"decisionId\":\"u\"}".getBytes(StandardCharsets.UTF_8);
        long closing;
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder, Duration.ofMinutes(10))) {
            for (String id : List.of("read", "closed")) {
                log.begin(unsealed(id, DecisionKind.ANNUAL, null, T0, request, null));
                log.complete(unsealed(id, DecisionKind.ANNUAL, 2017, T0, null, answer));
            }
            Thread.sleep(200);
            assertThat(stored("read")).as("within the delay").isEqualTo(new Stored(null, false, false));
            assertThat(log.find("read", false).orElseThrow().requestSha256()).isEqualTo(DecisionEntry.sha256(request));
            assertThat(stored("closed")).isEqualTo(new Stored(null, false, false));
            closing = System.nanoTime();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(20));
        assertThat(stored("closed")).isEqualTo(new Stored(DecisionEntry.sha256(request), true, true));
    }

    /** A decision's request sha256 and whether its request and answer are stored compressed, read straight from the file. */
    private record Stored(String requestSha256, boolean requestCompressed, boolean answerCompressed) {
    }

    private Stored stored(String id) throws SQLException {
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("decisions.sqlite"));
                PreparedStatement select = sqlite.prepareStatement("SELECT d.request_sha256, r.request_zstd, d.answer_zstd "
                        + "FROM decision d JOIN decision_request r ON r.seq = d.seq WHERE d.id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("decision " + id + " stored").isTrue();
                byte[] answer = row.getBytes(3);
                return new Stored(row.getString(1), Compression.isCompressed(row.getBytes(2)),
                        answer != null && Compression.isCompressed(answer));
            }
        }
    }

    @Test
    void shouldCompressTheRequestToAFractionThatReadsBack() {
        byte[] body = "{\"cadres\":[]}".repeat(1000).getBytes(StandardCharsets.UTF_8);
        byte[] compressed = Compression.compress(body);
        assertThat(compressed.length).isLessThan(body.length / 10);
        assertThat(Compression.decompress(compressed)).isEqualTo(body);
        assertThat(Compression.decompress(body)).as("a body stored as received").isEqualTo(body);
        assertThat(DecisionEntry.sha256("abc".getBytes())).isEqualTo(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
