package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision record in a real service process: a decision whose answer was sent is there after
 * kill -9 and a restart, and after a crash that lost its answer's commit; with a short {@code merit.decisions.retention} old decisions go away.
 */
class DecisionRecordDurabilityIT {

    private static final String DECISIONS = "/api/v1/decisions";

    /**
     * Both ways a decision is recorded: the examples (at most 10 KB) at once, request and answer in
     * one synced commit (the default), and begun before the rules decide, as a larger request is
     * ({@code record-at-once-up-to=0B}).
     */
    @ParameterizedTest(name = "record-at-once-up-to={0}")
    @ValueSource(strings = {"16KB", "0B"})
    void shouldKeepEveryAnsweredDecisionThroughKillNine(String recordAtOnceUpTo, @TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        List<String> answers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (ServiceProcess service = ServiceProcess.startQuickly(data, dir.resolve("service.log"),
                "--merit.decisions.record-at-once-up-to=" + recordAtOnceUpTo)) {
            for (String example : List.of("annual_county.req.json", "quarterly_2017Q1.req.json", "step-down.req.json")) {
                HttpResponse<String> answer = service.api().postJson(DECISIONS + "/" + endpointOf(example), "hr",
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

    /** The decision endpoint an example request is for: annual, quarterly or step-down. */
    private static String endpointOf(String example) {
        return example.replaceAll("[_.].*", "");
    }

    /**
     * A request larger than {@code merit.decisions.record-at-once-up-to} is begun before the rules
     * decide, and its answer's commit is not synced (its request and rule set are, while the rules
     * decide): a power loss right after the answer leaves the decision begun, as the update below
     * does. The examples are smaller, so the limit is 0 here to record them that way. The restarted
     * service decides it again, with the recorded version, before it reports ready: the same bytes
     * under the same id.
     */
    @Test
    void shouldDecideAgainAnAnswerThatACrashLost(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> requests = new LinkedHashMap<>();
        try (ServiceProcess service = ServiceProcess.startQuickly(data, dir.resolve("service.log"),
                "--merit.decisions.record-at-once-up-to=0B")) {
            for (String example : List.of("annual_county.req.json", "quarterly_2017Q1.req.json", "step-down.req.json")) {
                HttpResponse<String> answer = service.api().postJson(DECISIONS + "/" + endpointOf(example), "hr",
                        ApiClient.example(example));
                assertThat(answer.statusCode()).isEqualTo(200);
                String id = ApiClient.JSON.readTree(answer.body()).get("decisionId").asText();
                answers.put(id, answer.body());
                requests.put(id, ApiClient.example(example));
            }
            service.kill();
        }
        String store = "jdbc:sqlite:" + data.resolve("decisions").resolve("decisions.sqlite");
        try (Connection connection = DriverManager.getConnection(store); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE decision SET complete = 0, answer_zstd = NULL, year = NULL, "
                    + "quarter = NULL, request_sha256 = NULL")).isEqualTo(answers.size());
            // and the request as received, unsealed: what a crash leaves when it also loses the sealing
            for (Map.Entry<String, String> request : requests.entrySet()) {
                try (PreparedStatement raw = connection.prepareStatement("UPDATE decision_request SET request_zstd = ? "
                        + "WHERE seq = (SELECT seq FROM decision WHERE id = ?)")) {
                    raw.setBytes(1, request.getValue().getBytes(StandardCharsets.UTF_8));
                    raw.setString(2, request.getKey());
                    assertThat(raw.executeUpdate()).isEqualTo(1);
                }
            }
        }
        try (ServiceProcess service = ServiceProcess.startQuickly(data, dir.resolve("service.log"))) {
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                HttpResponse<String> recorded = service.api().get(DECISIONS + "/" + answer.getKey(), "hr");
                assertThat(recorded.statusCode()).as(answer.getKey()).isEqualTo(200);
                assertThat(recorded.body()).contains(answer.getValue());
                assertThat(ApiClient.JSON.readTree(recorded.body()).get("requestSha256").asText()).as("sealed again")
                        .isEqualTo(sha256(requests.get(answer.getKey())));
                service.awaitLog("Decision " + answer.getKey(), Duration.ofSeconds(1));
            }
            JsonNode listed = ApiClient.JSON.readTree(service.api().get(DECISIONS + "?year=2017", "author").body());
            assertThat(listed.get("decisions")).hasSize(2); // the year-end and the quarter; a step-down has no year
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

    private static String sha256(String body) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    }
}
