package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    private static DecisionLogProperties properties() {
        return new DecisionLogProperties(true, null, null);
    }
}
