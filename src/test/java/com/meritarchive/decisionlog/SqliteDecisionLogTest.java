package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDecisionLogTest {

    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @TempDir
    Path folder;

    private static DecisionEntry entry(String id, DecisionKind kind, Integer year, Integer quarter, Instant at,
            List<String> subjects) {
        byte[] request = ("{\"year\":" + year + "}").getBytes(StandardCharsets.UTF_8);
        byte[] answer = ("{\"decisionId\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
        return new DecisionEntry(id, kind, year, quarter, at, "hr", "0f51286ef650", "0f51286ef650ff",
                DecisionRecorder.sha256(request), Compression.compress(request), Compression.compress(answer), subjects,
                null);
    }

    private static List<String> ids(List<DecisionSummary> page) {
        return page.stream().map(DecisionSummary::decisionId).toList();
    }

    private static DecisionQuery all(int page, int size) {
        return new DecisionQuery(null, null, null, null, page, size);
    }

    @Test
    void shouldSyncEveryCommitToDisk() {
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            assertThat(log.writerSetting("journal_mode")).isEqualTo("wal");
            assertThat(log.writerSetting("synchronous")).as("2 = FULL: the WAL is synced at every commit").isEqualTo("2");
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
    void shouldKeepEveryDecisionAcrossAReopen() {
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            log.append(entry("a", DecisionKind.ANNUAL, 2017, null, T0, List.of("C001", "U01")));
        }
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            DecisionEntry found = log.find("a", true).orElseThrow();
            assertThat(new String(Compression.decompress(found.requestZstd()), StandardCharsets.UTF_8)).isEqualTo("{\"year\":2017}");
            assertThat(new String(Compression.decompress(found.answerZstd()), StandardCharsets.UTF_8)).isEqualTo("{\"decisionId\":\"a\"}");
            assertThat(found.decidedAt()).isEqualTo(T0);
            assertThat(found.kind()).isEqualTo(DecisionKind.ANNUAL);
            assertThat(found.quarter()).isNull();
            assertThat(log.find("a", false).orElseThrow().requestZstd()).isNull();
            assertThat(log.find("b", false)).isEmpty();
        }
    }

    @Test
    void shouldShowABegunDecisionOnlyOnceItIsComplete() {
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            log.begin(entry("p", DecisionKind.QUARTERLY, null, null, T0, List.of("C001", "C002")));
            assertThat(log.find("p", true)).isEmpty();
            assertThat(ids(log.list(new DecisionQuery(null, null, null, "C001", 1, 10)))).isEmpty();
            assertThat(log.delete("p", entry("x", DecisionKind.DELETION, null, null, T0, List.of()))).isFalse();

            log.complete(entry("p", DecisionKind.QUARTERLY, 2017, 2, T0, null));
            DecisionEntry done = log.find("p", true).orElseThrow();
            assertThat(done.quarter()).isEqualTo(2);
            assertThat(new String(Compression.decompress(done.requestZstd()), StandardCharsets.UTF_8)).as("the request given at begin")
                    .isEqualTo("{\"year\":null}");
            assertThat(ids(log.list(new DecisionQuery(null, null, null, "C002", 1, 10)))).containsExactly("p");
            log.compact();
            assertThat(log.find("p", false)).as("a complete decision stays").isPresent();
        }
    }

    @Test
    void shouldListNewestFirstOnePageAtATime() {
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            IntStream.range(0, 5).forEach(i -> log.append(entry("d" + i, DecisionKind.ANNUAL, 2017, null,
                    T0.plusSeconds(i), List.of())));
            assertThat(ids(log.list(all(1, 2)))).containsExactly("d4", "d3", "d2"); // the page and the next one's first
            assertThat(ids(log.list(all(2, 2)))).containsExactly("d2", "d1", "d0");
            assertThat(ids(log.list(all(3, 2)))).containsExactly("d0");
            assertThat(ids(log.list(all(4, 2)))).isEmpty();
        }
    }

    @Test
    void shouldFilterByKindYearQuarterAndSubject() {
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            log.append(entry("y17", DecisionKind.ANNUAL, 2017, null, T0, List.of("C001", "U01")));
            log.append(entry("y18", DecisionKind.ANNUAL, 2018, null, T0.plusSeconds(1), List.of("C002")));
            log.append(entry("q1", DecisionKind.QUARTERLY, 2017, 1, T0.plusSeconds(2), List.of("C001")));
            log.append(entry("q2", DecisionKind.QUARTERLY, 2017, 2, T0.plusSeconds(3), List.of("C003")));
            assertThat(ids(log.list(new DecisionQuery(DecisionKind.ANNUAL, null, null, null, 1, 10))))
                    .containsExactly("y18", "y17");
            assertThat(ids(log.list(new DecisionQuery(null, 2017, null, null, 1, 10)))).containsExactly("q2", "q1", "y17");
            assertThat(ids(log.list(new DecisionQuery(DecisionKind.QUARTERLY, 2017, 2, null, 1, 10))))
                    .containsExactly("q2");
            assertThat(ids(log.list(new DecisionQuery(null, null, null, "C001", 1, 10)))).containsExactly("q1", "y17");
            assertThat(ids(log.list(new DecisionQuery(null, null, null, "U01", 1, 10)))).containsExactly("y17");
            assertThat(ids(log.list(new DecisionQuery(null, null, null, "C999", 1, 10)))).isEmpty();
            assertThat(ids(log.list(new DecisionQuery(null, null, null, "C00", 1, 10)))).as("no partial match").isEmpty();
        }
    }

    @Test
    void shouldMatchSubjectIdsExactlyWhateverCharactersTheyHold() {
        List<String> odd = List.of("a\",\"C001", "C001\\", "x\ny", "张世兵");
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            log.append(entry("odd", DecisionKind.ANNUAL, 2017, null, T0, odd));
            for (String id : odd) {
                assertThat(ids(log.list(new DecisionQuery(null, null, null, id, 1, 10)))).as(id).containsExactly("odd");
            }
            for (String id : List.of("C001", "a", "x", "C001\\\\")) {
                assertThat(ids(log.list(new DecisionQuery(null, null, null, id, 1, 10)))).as(id).isEmpty();
            }
        }
    }

    @Test
    void shouldDeleteAndRecordTheDeletionInOneStep() {
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            log.append(entry("a", DecisionKind.ANNUAL, 2017, null, T0, List.of("C001")));
            DecisionEntry deletion = new DecisionEntry("del", DecisionKind.DELETION, null, null, T0.plusSeconds(5), "admin",
                    null, null, null, null, Compression.compress("{}".getBytes()), List.of(), "a");
            assertThat(log.delete("a", deletion)).isTrue();
            assertThat(log.find("a", true)).isEmpty();
            assertThat(log.deletionOf("a").orElseThrow().decidedBy()).isEqualTo("admin");
            assertThat(ids(log.list(new DecisionQuery(null, null, null, "C001", 1, 10)))).isEmpty();
            assertThat(ids(log.list(all(1, 10)))).containsExactly("del");
            assertThat(log.delete("a", deletion)).as("already deleted").isFalse();
            log.compact();
        }
    }

    @Test
    void shouldRemoveDecisionsPastTheRetentionAndKeepTheRest() {
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            log.append(entry("old", DecisionKind.ANNUAL, 2017, null, T0, List.of("C001")));
            log.append(entry("new", DecisionKind.ANNUAL, 2017, null, T0.plus(Duration.ofDays(30)), List.of("C001")));
            Clock now = Clock.fixed(T0.plus(Duration.ofDays(40)), ZoneOffset.UTC);
            assertThat(new RetentionSweep(log, null, now).sweep()).as("no retention: keep").isZero();
            assertThat(new RetentionSweep(log, Duration.ofDays(20), now).sweep()).isEqualTo(1);
            assertThat(ids(log.list(all(1, 10)))).containsExactly("new");
            assertThat(ids(log.list(new DecisionQuery(null, null, null, "C001", 1, 10)))).containsExactly("new");
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
