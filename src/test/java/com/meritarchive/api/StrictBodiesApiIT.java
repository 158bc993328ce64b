package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Careless callers over real HTTP, one endpoint family at a time: unknown and duplicate keys are
 * 422s with their pointers, content after the JSON value and broken UTF-8 are 400s, and a caller
 * that accepts problem details still gets its answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.data-dir=target/it-data/${random.uuid}"})
class StrictBodiesApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    private RawRequests raw;
    private ApiClient api;

    @BeforeEach
    void connect() {
        raw = new RawRequests(port);
        api = new ApiClient(port);
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
        JsonNode problem = ApiClient.JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    private static List<String> pointers(JsonNode problem) {
        return problem.get("errors").findValuesAsText("pointer");
    }

    private String activeId() throws Exception {
        return ApiClient.JSON.readTree(api.get("/api/v1/rulesets/active", "author").body()).get("id").asText();
    }

    @Test
    void shouldRefuseAMisspelledStatusOnAnAnnualRecordInsteadOfCountingItActive() throws Exception {
        ObjectNode body = (ObjectNode) ApiClient.JSON.readTree(ApiClient.example("annual_county.req.json"));
        ObjectNode record = (ObjectNode) body.get("records").get(3);
        record.remove("status");
        record.put("Status", "CANCELLED");

        JsonNode problem = problem(raw.post("/api/v1/decisions/annual", "hr", body.toString(), null), 422);

        assertThat(pointers(problem)).containsExactly("/records/3/Status");
        assertThat(problem.at("/errors/0/message").asText()).startsWith("unknown field 'Status'; the fields of a record are id, subjectType");
    }

    @Test
    void shouldRefuseAQuarterlyRequestWhoseYearAppearsTwice() throws Exception {
        String body = ApiClient.example("quarterly_2017Q1.req.json").replaceFirst("\\{", "{\"year\": 2017, ");

        JsonNode problem = problem(raw.post("/api/v1/decisions/quarterly", "hr", body, null), 422);

        assertThat(pointers(problem)).containsExactly("/year");
        assertThat(problem.at("/errors/0/message").asText()).contains("appears twice");
    }

    @Test
    void shouldRefuseAStepDownSentTwiceAsMalformedJson() throws Exception {
        String body = ApiClient.example("step-down.req.json");

        JsonNode problem = problem(raw.post("/api/v1/decisions/step-down", "hr", body + body, null), 400);

        assertThat(problem.get("title").asText()).isEqualTo("Malformed JSON");
        assertThat(problem.get("detail").asText()).contains("Trailing content after the JSON value: '{'");
    }

    @Test
    void shouldRefuseAnOverlongUtf8NulInADecisionAndASimulation() throws Exception {
        byte[] head = ("{\"candidate\":\"" + activeId() + "\",\"annual\":").getBytes(StandardCharsets.UTF_8);
        String annual = ApiClient.example("annual_county.req.json").replaceFirst("杨云", "杨\u0001");
        byte[] dataset = annual.getBytes(StandardCharsets.UTF_8);
        int at = annual.substring(0, annual.indexOf('\u0001')).getBytes(StandardCharsets.UTF_8).length;
        byte[] broken = new byte[dataset.length + 1];
        System.arraycopy(dataset, 0, broken, 0, at);
        broken[at] = (byte) 0xC0;
        broken[at + 1] = (byte) 0x80;
        System.arraycopy(dataset, at + 1, broken, at + 2, dataset.length - at - 1);

        problem(raw.send("POST", "/api/v1/decisions/annual", "hr", broken, null), 400);
        byte[] simulation = new byte[head.length + broken.length + 1];
        System.arraycopy(head, 0, simulation, 0, head.length);
        System.arraycopy(broken, 0, simulation, head.length, broken.length);
        simulation[simulation.length - 1] = '}';
        assertThat(problem(raw.send("POST", "/api/v1/simulations", "author", simulation, null), 400)
                .get("detail").asText()).contains("UTF-8");
    }

    @Test
    void shouldRefuseAnUnknownKeyInASimulationDatasetAtItsNestedPointer() throws Exception {
        ObjectNode annual = (ObjectNode) ApiClient.JSON.readTree(ApiClient.example("annual_county.req.json"));
        ((ObjectNode) annual.get("units").get(0)).put("Kind", "COUNTY");
        String body = "{\"candidate\":\"" + activeId() + "\",\"annual\":" + annual + "}";

        assertThat(pointers(problem(raw.post("/api/v1/simulations", "author", body, null), 422)))
                .containsExactly("/annual/units/0/Kind");
    }

    @Test
    void shouldRefuseAMisspelledForceWhenPublishing() throws Exception {
        String body = "{\"id\":\"" + activeId() + "\",\"Force\":true}";

        assertThat(pointers(problem(raw.send("PUT", "/api/v1/rulesets/active", "admin",
                body.getBytes(StandardCharsets.UTF_8), null), 422))).containsExactly("/Force");
        problem(raw.send("PUT", "/api/v1/rulesets/active", "admin",
                ("{\"id\":\"" + activeId() + "\"} x").getBytes(StandardCharsets.UTF_8), null), 400);
    }

    @Test
    void shouldAnswerDecisionsAsJsonToACallerThatAcceptsProblemDetails() throws Exception {
        for (String accept : List.of(PROBLEM_JSON, PROBLEM_JSON + ", application/json")) {
            for (String[] call : List.of(new String[] {"annual", "annual_county.req.json"},
                    new String[] {"quarterly", "quarterly_2017Q1.req.json"}, new String[] {"step-down", "step-down.req.json"})) {
                HttpResponse<String> response = raw.post("/api/v1/decisions/" + call[0], "hr", ApiClient.example(call[1]), accept);

                assertThat(response.statusCode()).as(call[0] + " " + accept + " " + response.body()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            }
        }
    }

    @Test
    void shouldAnswerASimulationAsJsonToACallerThatAcceptsProblemDetails() throws Exception {
        String body = "{\"candidate\":\"" + activeId() + "\",\"annual\":" + ApiClient.example("annual_county.req.json") + "}";

        for (String accept : List.of(PROBLEM_JSON, PROBLEM_JSON + ", application/json")) {
            HttpResponse<String> response = raw.post("/api/v1/simulations", "author", body, accept);

            assertThat(response.statusCode()).as(accept + " " + response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(ApiClient.JSON.readTree(response.body()).has("summary")).isTrue();
        }
    }

    @Test
    void shouldStillAnswerProblemDetailsToACallerThatAcceptsThem() throws Exception {
        HttpResponse<String> response = raw.post("/api/v1/decisions/annual", "hr", "{\"year\":0}", PROBLEM_JSON);

        problem(response, 422);
    }
}
