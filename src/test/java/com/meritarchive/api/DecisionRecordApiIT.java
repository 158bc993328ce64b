package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The decision record over real HTTP: every decision answer carries its {@code decisionId} and is
 * read back byte for byte; each role sees what it may; unknown ids are 404, bad filters 422.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.data-dir=target/it-data/${random.uuid}"})
class DecisionRecordApiIT {

    private static final String DECISIONS = "/api/v1/decisions";

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        return ApiClient.JSON.readTree(response.body());
    }

    /** Decides as {@code user}; returns the answer's body. */
    private HttpResponse<String> decide(String endpoint, String example, String user) throws Exception {
        HttpResponse<String> answer = api.postJson(DECISIONS + "/" + endpoint, user, ApiClient.example(example));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static String id(HttpResponse<String> answer) throws Exception {
        String id = ApiClient.JSON.readTree(answer.body()).path("decisionId").asText();
        assertThat(id).isNotBlank();
        return id;
    }

    @Test
    void shouldGiveBackTheAnswerAsItWasSent() throws Exception {
        HttpResponse<String> answer = decide("annual", "annual_county.req.json", "hr");
        assertThat(answer.body()).startsWith("{\"decisionId\":\"");
        String id = id(answer);

        HttpResponse<String> recorded = api.get(DECISIONS + "/" + id, "hr");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.body()).as("the answer's bytes, embedded as they were sent").contains(answer.body());
        JsonNode decision = json(recorded);
        assertThat(decision.get("decisionId").asText()).isEqualTo(id);
        assertThat(decision.get("kind").asText()).isEqualTo("ANNUAL");
        assertThat(decision.get("year").asInt()).isEqualTo(2017);
        assertThat(decision.get("decidedBy").asText()).isEqualTo("hr");
        assertThat(decision.get("decidedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(decision.get("ruleSet")).isEqualTo(json(answer).get("ruleSet"));
        assertThat(decision.get("requestSha256").asText()).hasSize(64);
        assertThat(decision.get("answer")).isEqualTo(json(answer));
        assertThat(decision.has("request")).isFalse();

        HttpResponse<byte[]> request = api.getBytes(DECISIONS + "/" + id + "/request", "author");
        assertThat(request.statusCode()).isEqualTo(200);
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo(ApiClient.example("annual_county.req.json"));
    }

    /**
     * A body larger than {@code merit.decisions.seal-after-answer-up-to} (4 MB), hashed and compressed
     * while the rules decide, in three 4 MB slices: its record gives back the body as sent, with its
     * sha256, and its answer is the one the body's JSON gets when sent without the white space. A
     * large body that is not JSON is answered (400), not cut off, and recorded nowhere.
     */
    @Test
    void shouldRecordABodyOfSeveralSlicesAsItWasSent() throws Exception {
        String county = ApiClient.example("annual_county.req.json");
        assertThat(county).startsWith("{");
        String body = "{" + " ".repeat(5_000_000) + county.substring(1) + "\n".repeat(4_000_000);
        HttpResponse<String> answer = api.postJson(DECISIONS + "/annual", "hr", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(ApiClient.withoutDecisionId(answer.body()))
                .isEqualTo(ApiClient.withoutDecisionId(decide("annual", "annual_county.req.json", "hr").body()));
        String id = id(answer);
        byte[] sent = body.getBytes(StandardCharsets.UTF_8);
        assertThat(json(api.get(DECISIONS + "/" + id, "hr")).get("requestSha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sent)));
        HttpResponse<byte[]> request = api.getBytes(DECISIONS + "/" + id + "/request", "author");
        assertThat(request.statusCode()).isEqualTo(200);
        assertThat(request.body()).as("the request as sent").isEqualTo(sent);

        int recorded = json(api.get(DECISIONS + "?kind=ANNUAL", "author")).get("decisions").size();
        HttpResponse<String> refused = api.postJson(DECISIONS + "/annual", "hr",
                "{\"year\": 20x17" + " ".repeat(9_000_000) + "}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(api.get(DECISIONS + "?kind=ANNUAL", "author")).get("decisions").size()).isEqualTo(recorded);
    }

    @Test
    void shouldRecordQuarterlyAndStepDownDecisions() throws Exception {
        String quarterly = id(decide("quarterly", "quarterly_2017Q1.req.json", "hr"));
        String stepDown = id(decide("step-down", "step-down.req.json", "hr"));
        JsonNode q = json(api.get(DECISIONS + "/" + quarterly, "hr"));
        assertThat(q.get("kind").asText()).isEqualTo("QUARTERLY");
        assertThat(q.get("quarter").asInt()).isEqualTo(1);
        JsonNode s = json(api.get(DECISIONS + "/" + stepDown, "hr"));
        assertThat(s.get("kind").asText()).isEqualTo("STEP_DOWN");
        assertThat(s.has("year")).isFalse();
        assertThat(s.at("/answer/decision").asText()).isEqualTo("RETURN_TO_HR_BUREAU");
        assertThat(s.at("/ruleSet/id").asText()).isNotBlank();
    }

    @Test
    void shouldLetTheCallerAuthorAndAdminReadADecisionAndNobodyElse() throws Exception {
        String byHr = id(decide("step-down", "step-down.req.json", "hr"));
        String byAuthor = id(decide("step-down", "step-down.req.json", "author"));
        for (String user : List.of("hr", "author", "admin")) {
            assertThat(api.get(DECISIONS + "/" + byHr, user).statusCode()).as(user).isEqualTo(200);
        }
        HttpResponse<String> refused = api.get(DECISIONS + "/" + byAuthor, "hr");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.get(DECISIONS + "/" + byAuthor, "admin").statusCode()).isEqualTo(200);
        assertThat(api.get(DECISIONS + "/" + byHr, null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldKeepRequestBodiesAndTheListToAuthorAndAdmin() throws Exception {
        String id = id(decide("step-down", "step-down.req.json", "hr"));
        assertThat(api.get(DECISIONS + "/" + id + "/request", "hr").statusCode()).isEqualTo(403);
        assertThat(api.get(DECISIONS + "/" + id + "/request", "admin").statusCode()).isEqualTo(200);
        assertThat(api.get(DECISIONS, "hr").statusCode()).isEqualTo(403);
        assertThat(api.get(DECISIONS, "author").statusCode()).isEqualTo(200);
        assertThat(api.get(DECISIONS, "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldListNewestFirstWithFiltersAndWithoutBodies() throws Exception {
        String annual = id(decide("annual", "annual_county.req.json", "hr"));
        String quarterly = id(decide("quarterly", "quarterly_2017Q1.req.json", "hr"));
        String stepDown = id(decide("step-down", "step-down.req.json", "hr"));

        JsonNode all = json(api.get(DECISIONS, "author"));
        List<String> ids = ids(all);
        assertThat(ids).containsSubsequence(stepDown, quarterly, annual);
        assertThat(all.get("page").asInt()).isEqualTo(1);
        assertThat(all.get("pageSize").asInt()).isEqualTo(50);
        for (JsonNode entry : all.get("decisions")) {
            assertThat(entry.has("answer") || entry.has("request")).as(entry.toString()).isFalse();
        }
        assertThat(ids(json(api.get(DECISIONS + "?kind=QUARTERLY&year=2017&quarter=1", "author")))).contains(quarterly)
                .doesNotContain(annual, stepDown);
        assertThat(ids(json(api.get(DECISIONS + "?subjectId=S02&kind=ANNUAL", "author")))).contains(annual)
                .doesNotContain(quarterly, stepDown);
        assertThat(ids(json(api.get(DECISIONS + "?subjectId=NOBODY", "author")))).isEmpty();
        assertThat(ids(json(api.get(DECISIONS + "?page=1000", "author")))).isEmpty();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("decisions").forEach(entry -> ids.add(entry.get("decisionId").asText()));
        return ids;
    }

    @Test
    void shouldAnswer404ForAnUnknownId() throws Exception {
        for (String path : List.of(DECISIONS + "/no-such-id", DECISIONS + "/no-such-id/request")) {
            HttpResponse<String> answer = api.get(path, "admin");
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(json(answer).get("title").asText()).isEqualTo("Unknown decision");
        }
        assertThat(api.send("DELETE", DECISIONS + "/no-such-id", "admin", "admin-secret", null, BodyPublishers.noBody())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void shouldStillAnswer405ForTheDecisionEndpointsWithAnotherMethod() throws Exception {
        for (String endpoint : List.of("annual", "quarterly", "step-down")) {
            assertThat(api.get(DECISIONS + "/" + endpoint, "admin").statusCode()).as(endpoint).isEqualTo(405);
            assertThat(api.send("DELETE", DECISIONS + "/" + endpoint, "admin", "admin-secret", null,
                    BodyPublishers.noBody()).statusCode()).as(endpoint).isEqualTo(405);
        }
    }

    @Test
    void shouldAnswer422ForEachBadFilter() throws Exception {
        for (String[] bad : new String[][] {{"kind=FOO", "kind"}, {"quarter=5", "quarter"}, {"quarter=0", "quarter"},
                {"year=abc", "year"}, {"page=0", "page"}, {"page=x", "page"}, {"size=10", "size"},
                {"Kind=ANNUAL", "Kind"}, {"year=2017&year=2018", "year"}, {"subjectId=", "subjectId"}}) {
            HttpResponse<String> answer = api.get(DECISIONS + "?" + bad[0], "author");
            assertThat(answer.statusCode()).as(bad[0] + ": " + answer.body()).isEqualTo(422);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(json(answer).at("/errors/0/parameter").asText()).as(bad[0]).isEqualTo(bad[1]);
            assertThat(json(answer).at("/errors/0/message").asText()).isNotBlank();
        }
    }

    @Test
    void shouldLetOnlyAdminDeleteAndRecordTheDeletion() throws Exception {
        String id = id(decide("step-down", "step-down.req.json", "hr"));
        for (String user : List.of("hr", "author")) {
            assertThat(api.send("DELETE", DECISIONS + "/" + id, user, user + "-secret", null, BodyPublishers.noBody())
                    .statusCode()).as(user).isEqualTo(403);
        }
        HttpResponse<String> deleted = api.send("DELETE", DECISIONS + "/" + id, "admin", "admin-secret", null,
                BodyPublishers.noBody());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        JsonNode deletion = json(deleted);
        assertThat(deletion.get("kind").asText()).isEqualTo("DELETION");
        assertThat(deletion.get("deletedDecisionId").asText()).isEqualTo(id);
        assertThat(deletion.get("decidedBy").asText()).isEqualTo("admin");

        HttpResponse<String> gone = api.get(DECISIONS + "/" + id, "admin");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json(gone).get("detail").asText()).contains("deleted by admin");
        assertThat(api.get(DECISIONS + "/" + id + "/request", "admin").statusCode()).isEqualTo(404);

        String deletionId = deletion.get("decisionId").asText();
        JsonNode recorded = json(api.get(DECISIONS + "/" + deletionId, "admin"));
        assertThat(recorded.get("deletedDecisionId").asText()).isEqualTo(id);
        assertThat(recorded.get("answer")).isEqualTo(deletion);
        assertThat(ids(json(api.get(DECISIONS + "?kind=DELETION", "author")))).contains(deletionId);
    }

    @Test
    void shouldRecordNothingForARefusedRequest() throws Exception {
        JsonNode before = json(api.get(DECISIONS + "?kind=ANNUAL", "author"));
        assertThat(api.postJson(DECISIONS + "/annual", "hr", "{\"year\": 2017}").statusCode()).isEqualTo(422);
        assertThat(json(api.get(DECISIONS + "?kind=ANNUAL", "author")).get("decisions").size())
                .isEqualTo(before.get("decisions").size());
    }
}
