package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Replaying a recorded decision over real HTTP: the recorded answer against another version gives
 * the simulation's diff for the same data; against its own version, no change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.data-dir=target/it-data/replay-${random.uuid}"})
class ReplayApiIT {

    @LocalServerPort
    int port;

    private ApiClient api;
    private String shipped;
    private String stricter;

    @BeforeEach
    void uploadTheA1ThresholdThreeExample() throws Exception {
        api = new ApiClient(port);
        JsonNode versions = ApiClient.JSON.readTree(api.get("/api/v1/rulesets", "author").body());
        shipped = versions.get(versions.size() - 1).get("id").asText();
        HttpResponse<String> uploaded = api.postFiles("/api/v1/rulesets", "author",
                Map.of("Annual.drl.xlsx", Files.readAllBytes(Path.of("examples/A1-threshold-3/Annual.drl.xlsx"))));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isIn(200, 201);
        stricter = ApiClient.JSON.readTree(uploaded.body()).get("id").asText();
    }

    private String decide(String kind, String example) throws Exception {
        HttpResponse<String> decided = api.postJson("/api/v1/decisions/" + kind, "hr", ApiClient.example(example));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(decided.body()).get("decisionId").asText();
    }

    private HttpResponse<String> replay(String user, String path) throws Exception {
        return api.post(path, user, user + "-secret", null, BodyPublishers.noBody());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ApiClient.JSON.readTree(response.body());
    }

    @Test
    void shouldShowTheSimulationsDiffWhenACountyDecisionIsReplayedWithAStricterA1() throws Exception {
        String id = decide("annual", "annual_county.req.json");

        HttpResponse<String> replayed = replay("author", "/api/v1/decisions/" + id + "/replay?ruleSet=" + stricter);
        HttpResponse<String> simulated = api.postJson("/api/v1/simulations", "author", "{\"candidate\":\"" + stricter
                + "\",\"baseline\":\"" + shipped + "\",\"annual\":" + ApiClient.example("annual_county.req.json") + "}");

        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        JsonNode replay = json(replayed);
        assertThat(replay.at("/baseline/id").asText()).isEqualTo(shipped);
        assertThat(replay.at("/candidate/id").asText()).isEqualTo(stricter);
        assertThat(replay.get("changes")).hasSize(2);
        for (JsonNode change : replay.get("changes")) {
            assertThat(change.get("lost")).extracting(JsonNode::asText).containsExactly("ANNUAL_EXCELLENT");
            assertThat(change.get("gained")).isEmpty();
        }
        assertThat(replay.at("/summary/ANNUAL_EXCELLENT/lost").asInt()).isEqualTo(2);
        assertThat(replay).as("the same shape and content as the simulation of the same data").isEqualTo(json(simulated));
    }

    @Test
    void shouldReplayAQuarterlyDecisionsWarningsAsTheSimulationOfItsRequest() throws Exception {
        String id = decide("quarterly", "quarterly_2017Q1.req.json");

        JsonNode replay = json(replay("author", "/api/v1/decisions/" + id + "/replay?ruleSet=" + stricter));
        JsonNode simulated = json(api.postJson("/api/v1/simulations", "author", "{\"candidate\":\"" + stricter
                + "\",\"baseline\":\"" + shipped + "\",\"quarterly\":" + ApiClient.example("quarterly_2017Q1.req.json") + "}"));

        assertThat(replay.at("/warningSummary/ANNUAL_EXCELLENT/lost").asInt()).isEqualTo(3);
        assertThat(replay.get("changes")).isNotEmpty()
                .allSatisfy(change -> assertThat(change.at("/lostWarnings/0/rule").asText()).isEqualTo("W4"));
        assertThat(replay).as("the recorded answer's warnings compare as the baseline's own").isEqualTo(simulated);
    }

    @Test
    void shouldShowNoChangeWhenReplayedWithItsOwnVersion() throws Exception {
        String annual = decide("annual", "annual_county.req.json");
        String quarterly = decide("quarterly", "quarterly_2017Q1.req.json");
        String stepDown = decide("step-down", "step-down.req.json");

        for (String id : new String[] {annual, quarterly, stepDown}) {
            HttpResponse<String> replayed = replay("author", "/api/v1/decisions/" + id + "/replay?ruleSet=" + shipped);
            assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
            assertThat(json(replayed).get("changes")).as(id).isEmpty();
            assertThat(json(replayed).get("summary")).as(id).isNotEmpty();
        }
        JsonNode quarter = json(replay("author", "/api/v1/decisions/" + quarterly + "/replay?ruleSet=" + shipped));
        assertThat(quarter.at("/summary/NEW_PERFORMANCE/baseline").asInt()).isEqualTo(6);
        assertThat(quarter.at("/summary/NEW_PERFORMANCE/candidate").asInt()).isEqualTo(6);
        assertThat(quarter.at("/warningSummary/ANNUAL_EXCELLENT/baseline").asInt()).as("the recorded warnings").isEqualTo(3);
        assertThat(quarter.at("/warningSummary/ANNUAL_EXCELLENT/candidate").asInt()).isEqualTo(3);
    }

    @Test
    void shouldLetAuthorsReplayAndRefuseHr() throws Exception {
        String id = decide("annual", "annual_county.req.json");
        String path = "/api/v1/decisions/" + id + "/replay?ruleSet=" + stricter;

        assertThat(replay("hr", path).statusCode()).isEqualTo(403);
        assertThat(replay("author", path).statusCode()).isEqualTo(200);
        assertThat(replay("admin", path).statusCode()).isEqualTo(200);
        assertThat(api.post(path, null, null, null, BodyPublishers.noBody()).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswer404ForAnUnknownDecisionOrVersionAnd422WithoutAVersion() throws Exception {
        String id = decide("annual", "annual_county.req.json");

        HttpResponse<String> unknownDecision = replay("author",
                "/api/v1/decisions/00000000-0000-0000-0000-000000000000/replay?ruleSet=" + stricter);
        HttpResponse<String> unknownVersion = replay("author", "/api/v1/decisions/" + id + "/replay?ruleSet=000000000000");
        HttpResponse<String> noVersion = replay("author", "/api/v1/decisions/" + id + "/replay");

        assertThat(unknownDecision.statusCode()).isEqualTo(404);
        assertThat(json(unknownDecision).get("title").asText()).isEqualTo("Unknown decision");
        assertThat(unknownVersion.statusCode()).isEqualTo(404);
        assertThat(noVersion.statusCode()).isEqualTo(422);
        assertThat(noVersion.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(noVersion).get("detail").asText()).contains("?ruleSet=", shipped);
        assertThat(json(noVersion).at("/errors/0/parameter").asText()).isEqualTo("ruleSet");
    }

    @Test
    void shouldRefuseToReplayADeletionAndAnswer404ForTheDeletedDecision() throws Exception {
        String id = decide("step-down", "step-down.req.json");
        HttpResponse<String> deleted = api.send("DELETE", "/api/v1/decisions/" + id, "admin", "admin-secret", null,
                BodyPublishers.noBody());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        String deletion = json(deleted).get("decisionId").asText();

        HttpResponse<String> ofDeleted = replay("author", "/api/v1/decisions/" + id + "/replay?ruleSet=" + shipped);
        HttpResponse<String> ofDeletion = replay("author", "/api/v1/decisions/" + deletion + "/replay?ruleSet=" + shipped);

        assertThat(ofDeleted.statusCode()).isEqualTo(404);
        assertThat(json(ofDeleted).get("detail").asText()).contains("deleted by admin");
        assertThat(ofDeletion.statusCode()).isEqualTo(422);
        assertThat(json(ofDeletion).get("detail").asText()).contains("deletion", id);
    }

    @Test
    void shouldNotRecordTheReplay() throws Exception {
        String id = decide("annual", "annual_county.req.json");
        int before = json(api.get("/api/v1/decisions", "author")).get("decisions").size();

        assertThat(replay("author", "/api/v1/decisions/" + id + "/replay?ruleSet=" + stricter).statusCode()).isEqualTo(200);

        JsonNode after = json(api.get("/api/v1/decisions", "author"));
        assertThat(after.get("decisions").size()).isEqualTo(before);
        assertThat(after.at("/decisions/0/decisionId").asText()).isEqualTo(id);
    }
}
