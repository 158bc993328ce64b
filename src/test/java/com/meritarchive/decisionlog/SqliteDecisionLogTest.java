package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
