package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DecisionLog} does, whichever database keeps it: each store's test extends this
 * with a way to open the store on an empty record.
 */
abstract class DecisionLogContract {

    static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    /** The store on this test's record: empty at the test's start, the same record each time it is opened. */
    abstract DecisionLog open();

    static DecisionEntry entry(String id, DecisionKind kind, Integer year, Integer quarter, Instant at,
            List<String> subjects) {
        byte[] request = ("{\"year\":" + year + "}").getBytes(StandardCharsets.UTF_8);
        byte[] answer = ("{\"decisionId\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
        return new DecisionEntry(id, kind, year, quarter, at, "hr", "0f51286ef650", "0f51286ef650ff",
                DecisionEntry.sha256(request), Compression.compress(request), Compression.compress(answer), subjects,
                null);
    }

    /** The entry as the recorder gives a county's to the store: request and answer as received and sent, no sha256. */
    static DecisionEntry unsealed(String id, DecisionKind kind, Integer year, Instant at, byte[] request, byte[] answer) {
        return new DecisionEntry(id, kind, year, null, at, "hr", "0f51286ef650", "0f51286ef650ff", null, request, answer,
                List.of("C001"), null);
    }

    static List<String> ids(List<DecisionSummary> page) {
        return page.stream().map(DecisionSummary::decisionId).toList();
    }

    static DecisionQuery all(int page, int size) {
        return new DecisionQuery(null, null, null, null, page, size);
    }

    static DecisionQuery subject(String subjectId) {
        return new DecisionQuery(null, null, null, subjectId, 1, 10);
    }

    static String text(byte[] compressed) {
        return new String(Compression.decompress(compressed), StandardCharsets.UTF_8);
    }

    @Test
    void shouldKeepEveryDecisionAcrossAReopen() {
        try (DecisionLog log = open()) {
            log.append(entry("a", DecisionKind.ANNUAL, 2017, null, T0, List.of("C001", "U01")));
        }
        try (DecisionLog log = open()) {
            DecisionEntry found = log.find("a", true).orElseThrow();
            assertThat(text(found.requestBody())).isEqualTo("{\"year\":2017}");
            assertThat(text(found.answerBody())).isEqualTo("{\"decisionId\":\"a\"}");
            assertThat(found.decidedAt()).isEqualTo(T0);
            assertThat(found.kind()).isEqualTo(DecisionKind.ANNUAL);
            assertThat(found.quarter()).isNull();
            assertThat(log.find("a", false).orElseThrow().requestBody()).isNull();
            assertThat(log.find("b", false)).isEmpty();
        }
    }

    @Test
    void shouldShowABegunDecisionOnlyOnceItIsComplete() {
        try (DecisionLog log = open()) {
            log.begin(entry("p", DecisionKind.QUARTERLY, null, null, T0, List.of("C001", "C002")));
            assertThat(log.find("p", true)).isEmpty();
            assertThat(ids(log.list(subject("C001")))).isEmpty();
            assertThat(log.delete("p", entry("x", DecisionKind.DELETION, null, null, T0, List.of()))).isFalse();

            log.complete(entry("p", DecisionKind.QUARTERLY, 2017, 2, T0, null));
            DecisionEntry done = log.find("p", true).orElseThrow();
            assertThat(done.quarter()).isEqualTo(2);
            assertThat(text(done.requestBody())).as("the request given at begin").isEqualTo("{\"year\":null}");
            assertThat(ids(log.list(subject("C002")))).containsExactly("p");
            log.compact();
            assertThat(log.find("p", false)).as("a complete decision stays").isPresent();
        }
    }

    /** An entry given unsealed reads back sealed: the request's sha256 and both bodies byte for byte. */
    @Test
    void shouldReadBackAnEntryGivenUnsealedWithItsRequestsSha256() {
        byte[] request = "{\"year\":2017,\"cadres\":[]}".getBytes(StandardCharsets.UTF_8);
        byte[] answer = "{\"decisionId\":\"u\",\"cadres\":[]}".getBytes(StandardCharsets.UTF_8);
        try (DecisionLog log = open()) {
            log.begin(unsealed("u", DecisionKind.ANNUAL, null, T0, request, null));
            log.complete(unsealed("u", DecisionKind.ANNUAL, 2017, T0, null, answer));
            DecisionEntry found = log.find("u", true).orElseThrow();
            assertThat(found.requestSha256()).isEqualTo(DecisionEntry.sha256(request));
            assertThat(RecordedBodies.request(found)).isEqualTo(request);
            assertThat(RecordedBodies.answer(found)).isEqualTo(answer);
            assertThat(log.list(all(1, 10))).singleElement().extracting(DecisionSummary::requestSha256)
                    .isEqualTo(DecisionEntry.sha256(request));
        }
    }

    @Test
    void shouldForgetADecisionAbandonedAndKeepOneComplete() {
        try (DecisionLog log = open()) {
            log.begin(entry("failed", DecisionKind.ANNUAL, null, null, T0, List.of("C001")));
            log.append(entry("done", DecisionKind.ANNUAL, 2017, null, T0, List.of("C001")));
            log.abandon("failed");
            log.abandon("done");
            log.abandon("unknown");
            assertThat(log.unfinished(T0.plusSeconds(60))).isEmpty();
            assertThatThrownBy(() -> log.complete(entry("failed", DecisionKind.ANNUAL, 2017, null, T0, null)))
                    .isInstanceOf(DecisionLogException.class).hasMessageContaining("failed");
            assertThat(log.find("failed", false)).isEmpty();
            assertThat(log.find("done", true)).isPresent();
            assertThat(ids(log.list(subject("C001")))).containsExactly("done");
        }
    }

    @Test
    void shouldListNewestFirstOnePageAtATime() {
        try (DecisionLog log = open()) {
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
        try (DecisionLog log = open()) {
            log.append(entry("y17", DecisionKind.ANNUAL, 2017, null, T0, List.of("C001", "U01")));
            log.append(entry("y18", DecisionKind.ANNUAL, 2018, null, T0.plusSeconds(1), List.of("C002")));
            log.append(entry("q1", DecisionKind.QUARTERLY, 2017, 1, T0.plusSeconds(2), List.of("C001")));
            log.append(entry("q2", DecisionKind.QUARTERLY, 2017, 2, T0.plusSeconds(3), List.of("C003")));
            assertThat(ids(log.list(new DecisionQuery(DecisionKind.ANNUAL, null, null, null, 1, 10))))
                    .containsExactly("y18", "y17");
            assertThat(ids(log.list(new DecisionQuery(null, 2017, null, null, 1, 10)))).containsExactly("q2", "q1", "y17");
            assertThat(ids(log.list(new DecisionQuery(DecisionKind.QUARTERLY, 2017, 2, null, 1, 10))))
                    .containsExactly("q2");
            assertThat(ids(log.list(subject("C001")))).containsExactly("q1", "y17");
            assertThat(ids(log.list(subject("U01")))).containsExactly("y17");
            assertThat(ids(log.list(subject("C999")))).isEmpty();
            assertThat(ids(log.list(subject("C00")))).as("no partial match").isEmpty();
        }
    }

    @Test
    void shouldMatchSubjectIdsExactlyWhateverCharactersTheyHold() {
        List<String> odd = List.of("a\",\"C001", "C001\\", "x\ny", "张世兵", "{C002}", "NULL");
        try (DecisionLog log = open()) {
            log.append(entry("odd", DecisionKind.ANNUAL, 2017, null, T0, odd));
            for (String id : odd) {
                assertThat(ids(log.list(subject(id)))).as(id).containsExactly("odd");
            }
            for (String id : List.of("C001", "a", "x", "C001\\\\", "C002", "null")) {
                assertThat(ids(log.list(subject(id)))).as(id).isEmpty();
            }
        }
    }

    @Test
    void shouldDeleteAndRecordTheDeletionInOneStep() {
        try (DecisionLog log = open()) {
            log.append(entry("a", DecisionKind.ANNUAL, 2017, null, T0, List.of("C001")));
            DecisionEntry deletion = new DecisionEntry("del", DecisionKind.DELETION, null, null, T0.plusSeconds(5), "admin",
                    null, null, null, null, Compression.compress("{}".getBytes()), List.of(), "a");
            assertThat(log.delete("a", deletion)).isTrue();
            assertThat(log.find("a", true)).isEmpty();
            assertThat(log.deletionOf("a").orElseThrow().decidedBy()).isEqualTo("admin");
            assertThat(ids(log.list(subject("C001")))).isEmpty();
            assertThat(ids(log.list(all(1, 10)))).containsExactly("del");
            assertThat(log.delete("a", deletion)).as("already deleted").isFalse();
            log.compact();
        }
    }

    @Test
    void shouldRemoveDecisionsPastTheRetentionAndKeepTheRest() {
        try (DecisionLog log = open()) {
            log.append(entry("old", DecisionKind.ANNUAL, 2017, null, T0, List.of("C001")));
            log.append(entry("new", DecisionKind.ANNUAL, 2017, null, T0.plus(Duration.ofDays(30)), List.of("C001")));
            Clock now = Clock.fixed(T0.plus(Duration.ofDays(40)), ZoneOffset.UTC);
            assertThat(new RetentionSweep(log, null, now).sweep()).as("no retention: keep").isZero();
            assertThat(new RetentionSweep(log, Duration.ofDays(20), now).sweep()).isEqualTo(1);
            assertThat(ids(log.list(all(1, 10)))).containsExactly("new");
            assertThat(ids(log.list(subject("C001")))).containsExactly("new");
        }
    }
}
