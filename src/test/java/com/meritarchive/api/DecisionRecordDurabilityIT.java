package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision record in a real service process: a decision whose answer was sent is there after
 * kill -9 and a restart; with a short {@code merit.decisions.retention} old decisions go away.
 */
class DecisionRecordDurabilityIT {

    private static final String DECISIONS = "/api/v1/decisions";

    @Test
    void shouldKeepEveryAnsweredDecisionThroughKillNine(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        List<String> answers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (ServiceProcess service = ServiceProcess.startQuickly(data, dir.resolve("service.log"))) {
            for (String example : List.of("annual_county.req.json", "quarterly_2017Q1.req.json", "step-down.req.json")) {
                String endpoint = example.startsWith("annual") ? "annual" : example.startsWith("quarterly") ? "quarterly"
                        : "step-down";
                HttpResponse<String> answer = service.api().postJson(DECISIONS + "/" + endpoint, "hr",
                        ApiClient.example(example));
                assertThat(answer.statusCode()).isEqualTo(200);
                answers.add(answer.body());
                ids.add(ApiClient.JSON.readTree(answer.body()).get("decisionId").asText());
            }
            service.kill(); // right after the last answer: no shutdown, no flush
        }
        try (ServiceProcess service = ServiceProcess.startQuickly(data, dir.resolve("service.log"))) {
            for (int i = 0; i < ids.size(); i++) {
                HttpResponse<String> recorded = service.api().get(DECISIONS + "/" + ids.get(i), "hr");
                assertThat(recorded.statusCode()).as(ids.get(i)).isEqualTo(200);
                assertThat(recorded.body()).contains(answers.get(i));
            }
        }
    }

    @Test
    void shouldRemoveDecisionsOlderThanTheRetention(@TempDir Path dir) throws Exception {
        try (ServiceProcess service = ServiceProcess.startQuickly(dir.resolve("data"), dir.resolve("service.log"),
                "--merit.decisions.retention=2s", "--merit.decisions.sweep-interval=200ms")) {
            HttpResponse<String> answer = service.api().postJson(DECISIONS + "/step-down", "hr",
                    ApiClient.example("step-down.req.json"));
            String id = ApiClient.JSON.readTree(answer.body()).get("decisionId").asText();
            assertThat(service.api().get(DECISIONS + "/" + id, "hr").statusCode()).isEqualTo(200);
            long deadline = System.currentTimeMillis() + 15_000;
            int status = 200;
            while (status == 200 && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
                status = service.api().get(DECISIONS + "/" + id, "hr").statusCode();
            }
            assertThat(status).as("swept after the 2 s retention").isEqualTo(404);
            JsonNode list = ApiClient.JSON.readTree(service.api().get(DECISIONS + "?subjectId=C002", "author").body());
            assertThat(list.get("decisions")).isEmpty();
            service.awaitLog("removed 1 decision(s) older than PT2S", java.time.Duration.ofSeconds(5));
        }
    }
}
