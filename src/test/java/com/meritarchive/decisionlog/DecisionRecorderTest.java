package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.junit.jupiter.api.io.TempDir;

/** What the recorder offers to decide again after a crash, and what a decision that failed leaves. */
class DecisionRecorderTest {

    @TempDir
    Path folder;

    @Test
    void shouldOfferToDecideAgainOnlyADecisionEndpointsBegunDecisionWithItsRequestAndRuleSet() throws Exception {
        byte[] body = "{\"year\":2017}".getBytes(StandardCharsets.UTF_8);
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            DecisionRecorder recorder = new DecisionRecorder(log, properties());
            PendingDecision lost = recorder.begin(DecisionKind.ANNUAL, "hr", "0f51286ef650", "0f51286ef650ff", body,
                    List.of("C001"));
            recorder.begin(DecisionKind.DOCUMENTS_ANNUAL, "hr", "0f51286ef650", "0f51286ef650ff", body, List.of("C001"));
            recorder.begin(DecisionKind.QUARTERLY, "hr", "0f51286ef650", "0f51286ef650ff", body, List.of())
                    .abandon(); // it failed: nothing to decide again
            PendingDecision answered = recorder.begin(DecisionKind.STEP_DOWN, "hr", "0f51286ef650", "0f51286ef650ff", body,
                    List.of("C001"));
            answered.record(null, null, "0f51286ef650", "0f51286ef650ff", "{}".getBytes(StandardCharsets.UTF_8));
            long deadline = System.currentTimeMillis() + 10_000; // beginning runs on the recorder's thread
            while (log.unfinished(Instant.now().plusSeconds(1)).size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(5); // begun before the cut below, whatever the clock's resolution
            assertThat(log.unfinished(Instant.now())).extracting(DecisionEntry::kind)
                    .containsExactlyInAnyOrder(DecisionKind.ANNUAL, DecisionKind.DOCUMENTS_ANNUAL);

            List<UnfinishedDecision> unfinished = recorder.unfinished(Instant.now());
            assertThat(unfinished).extracting(UnfinishedDecision::id).containsExactly(lost.id());
            UnfinishedDecision again = unfinished.get(0);
            assertThat(again.request()).isEqualTo(body);
            assertThat(again.ruleSetId()).isEqualTo("0f51286ef650");
            assertThat(again.caller()).isEqualTo("hr");

            again.complete(2017, null, "{\"decisionId\":\"x\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(recorder.unfinished(Instant.now())).isEmpty();
            DecisionEntry done = log.find(lost.id(), false).orElseThrow();
            assertThat(done.year()).isEqualTo(2017);
            assertThat(done.decidedAt()).as("the time it was begun").isEqualTo(again.begunAt());
        }
    }

    /**
     * A request up to the limit reaches the store as received and its answer as sent (sealed after the
     * answer, see {@link DeferredSealing}); a larger one is hashed and compressed while the rules decide.
     */
    @Test
    void shouldLeaveHashingAndCompressingASmallRequestUntilAfterItsAnswer() throws Exception {
        List<DecisionEntry> given = new CopyOnWriteArrayList<>();
        byte[] county = "{\"year\":2017}".getBytes(StandardCharsets.UTF_8);
        byte[] province = ("{\"year\":2017,\"x\":\"" + "a".repeat(2000) + "\"}").getBytes(StandardCharsets.UTF_8);
        try (SqliteDecisionLog store = new SqliteDecisionLog(folder)) {
            DecisionLog log = (DecisionLog) Proxy.newProxyInstance(DecisionLog.class.getClassLoader(),
                    new Class<?>[] {DecisionLog.class}, (proxy, method, arguments) -> {
                        if (Set.of("begin", "complete").contains(method.getName())) {
                            given.add((DecisionEntry) arguments[0]);
                        }
                        try {
                            return method.invoke(store, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            DecisionRecorder recorder = new DecisionRecorder(log, new DecisionLogProperties(true, null, null,
                    DataSize.ofBytes(1000), DataSize.ofBytes(0), Duration.ZERO));
            byte[] answer = "{\"decisionId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
            recorder.begin(DecisionKind.ANNUAL, "hr", "0f51286ef650", "0f51286ef650ff", county, List.of("C001"))
                    .record(2017, null, "0f51286ef650", "0f51286ef650ff", answer);
            recorder.begin(DecisionKind.ANNUAL, "hr", "0f51286ef650", "0f51286ef650ff", province, List.of("C001"))
                    .record(2017, null, "0f51286ef650", "0f51286ef650ff", answer);
        }
        assertThat(given).hasSize(4);
        assertThat(given.get(0).requestSha256()).isNull();
        assertThat(given.get(0).requestBody()).isEqualTo(county);
        assertThat(given.get(1).answerBody()).as("the answer as sent").isEqualTo(
                "{\"decisionId\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(given.get(2).requestSha256()).isEqualTo(DecisionEntry.sha256(province));
        assertThat(Compression.isCompressed(given.get(2).requestBody())).isTrue();
        assertThat(Compression.isCompressed(given.get(3).answerBody())).isTrue();
    }

    /**
     * A request up to {@code merit.decisions.record-at-once-up-to} is decided first: nothing reaches
     * the store until its answer does, with it, in one synced commit; a larger one is begun first.
     */
    @Test
    void shouldRecordASmallRequestWithItsAnswerInOneSyncedCommit() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        byte[] small = "{\"year\":2017}".getBytes(StandardCharsets.UTF_8);
        byte[] larger = ("{\"year\":2017,\"x\":\"" + "a".repeat(100) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] answer = "{\"decisionId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        try (SqliteDecisionLog store = new SqliteDecisionLog(folder)) {
            DecisionLog log = (DecisionLog) Proxy.newProxyInstance(DecisionLog.class.getClassLoader(),
                    new Class<?>[] {DecisionLog.class}, (proxy, method, arguments) -> {
                        calls.add(method.getName());
                        try {
                            return method.invoke(store, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            DecisionRecorder recorder = new DecisionRecorder(log, new DecisionLogProperties(true, null, null,
                    DataSize.ofMegabytes(4), DataSize.ofBytes(small.length), Duration.ZERO));

            PendingDecision atOnce = recorder.begin(DecisionKind.ANNUAL, "hr", "0f51286ef650", "0f51286ef650ff", small,
                    List.of("C001", "U01"));
            Thread.sleep(20); // a begin would be on its way to the store by now
            assertThat(calls).as("nothing stored before the answer").isEmpty();
            long synced = store.committed(true);
            long unsynced = store.committed(false);
            atOnce.record(2017, null, "0f51286ef650", "0f51286ef650ff", answer);
            assertThat(calls).containsExactly("append");
            assertThat(store.committed(true) - synced).as("one synced commit").isEqualTo(1);
            assertThat(store.committed(false) - unsynced).as("and no other").isZero();
            DecisionEntry recorded = store.whole(atOnce.id()).orElseThrow();
            assertThat(Compression.decompress(recorded.requestBody())).isEqualTo(small);
            assertThat(Compression.decompress(recorded.answerBody())).isEqualTo(answer);
            assertThat(recorded.requestSha256()).isEqualTo(DecisionEntry.sha256(small));
            assertThat(recorded.year()).isEqualTo(2017);
            assertThat(recorded.decidedBy()).isEqualTo("hr");
            assertThat(recorded.ruleSetSha256()).isEqualTo("0f51286ef650ff");
            assertThat(recorded.subjectIds()).containsExactly("C001", "U01");

            calls.clear();
            recorder.begin(DecisionKind.ANNUAL, "hr", "0f51286ef650", "0f51286ef650ff", small, List.of("C001")).abandon();
            assertThat(calls).as("a failed small decision leaves nothing to forget").isEmpty();

            recorder.begin(DecisionKind.ANNUAL, "hr", "0f51286ef650", "0f51286ef650ff", larger, List.of("C001"))
                    .record(2017, null, "0f51286ef650", "0f51286ef650ff", answer);
            assertThat(calls).containsExactly("begin", "complete");
        }
    }

    /** Ids are UUIDs of version 7: time first, so that the store's index on id grows at its end. */
    @Test
    void shouldMakeUniqueTimeOrderedIds() throws Exception {
        long before = System.currentTimeMillis();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(DecisionRecorder.newId());
            if (i == 5_000) {
                Thread.sleep(2);
            }
        }
        long after = System.currentTimeMillis();

        assertThat(Set.copyOf(ids)).hasSize(ids.size());
        for (String id : ids) {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.toString()).isEqualTo(id);
            assertThat(uuid.version()).isEqualTo(7);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.getMostSignificantBits() >>> 16).isBetween(before, after);
        }
        assertThat(ids.get(0).compareTo(ids.get(ids.size() - 1))).as("an id made 2 ms later sorts after").isNegative();
    }

    private static DecisionLogProperties properties() {
        return new DecisionLogProperties(true, null, null, DataSize.ofMegabytes(4), DataSize.ofBytes(0), Duration.ZERO);
    }
}
