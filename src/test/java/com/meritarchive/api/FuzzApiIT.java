package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A bounded, seeded fuzz of the decision and simulation endpoints: thousands of careless and
 * hostile bodies derived from the shipped examples. Whatever arrives, the service never fails
 * (no 5xx), every refusal is problem+json whose {@code status} is the HTTP status, and every 422
 * points into the document sent (or where a missing field would be). {@code -Dfuzz.seed=N}
 * replays another seed; the seed and counts are printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.data-dir=target/it-data/${random.uuid}", "logging.level.com.meritarchive=WARN"})
class FuzzApiIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20_171_231L);
    private static final int PER_EXAMPLE = 700;
    private static final Map<String, String> EXAMPLES = Map.of(
            "annual_county.req.json", "/api/v1/decisions/annual",
            "quarterly_2017Q1.req.json", "/api/v1/decisions/quarterly",
            "step-down.req.json", "/api/v1/decisions/step-down");

    @LocalServerPort
    int port;

    @Test
    void shouldNeverFailAndAlwaysExplainARefusalWhateverTheBody() throws Exception {
        RawRequests raw = new RawRequests(port);
        String active = ApiClient.JSON.readTree(new ApiClient(port).get("/api/v1/rulesets/active", "author").body())
                .get("id").asText();
        ObjectNode simulation = ApiClient.JSON.createObjectNode().put("candidate", active);
        RequestMutator mutator = new RequestMutator(SEED);
        Map<String, Integer> counts = new TreeMap<>();
        long started = System.nanoTime();
        for (String example : new TreeMap<>(EXAMPLES).keySet()) {
            JsonNode body = ApiClient.JSON.readTree(ApiClient.example(example));
            for (int i = 0; i < PER_EXAMPLE; i++) {
                RequestMutator.Kind kind = mutator.kind();
                boolean simulated = !example.startsWith("step-down") && mutator.chance(0.1);
                String path = simulated ? "/api/v1/simulations" : EXAMPLES.get(example);
                byte[] sent = simulated ? mutator.mutate(body, kind, simulation, example.startsWith("annual") ? "annual" : "quarterly")
                        : mutator.mutate(body, kind, null, null);
                HttpResponse<String> response = raw.send("POST", path, simulated ? "author" : "hr", sent, null);
                String what = "seed " + SEED + ", " + example + " #" + i + " " + kind + " to " + path + ": "
                        + abbreviated(new String(sent, java.nio.charset.StandardCharsets.UTF_8)) + " -> "
                        + response.statusCode() + " " + abbreviated(response.body());
                check(response, sent, what);
                counts.merge(response.statusCode() + " " + kind, 1, Integer::sum);
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        Map<Integer, Integer> statuses = new TreeMap<>();
        counts.forEach((key, count) -> statuses.merge(Integer.valueOf(key.split(" ")[0]), count, Integer::sum));
        System.out.println("FuzzApiIT seed=" + SEED + " requests=" + 3 * PER_EXAMPLE + " in " + seconds + " s, statuses "
                + statuses + ", by status and mutation " + counts);
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(2_000);
        assertThat(statuses).containsKeys(200, 400, 422);
    }

    private static void check(HttpResponse<String> response, byte[] sent, String what) throws Exception {
        int status = response.statusCode();
        assertThat(status).as(what).isLessThan(500);
        if (status < 300) {
            return;
        }
        assertThat(response.headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        if (status != 422) {
            return;
        }
        JsonNode document = ApiClient.JSON.readTree(sent); // a 422 is only for a body that is JSON
        JsonNode errors = problem.get("errors");
        assertThat(errors).as(what).isNotNull();
        assertThat(errors.size()).as(what).isPositive();
        for (JsonNode error : errors) {
            JsonPointer pointer = JsonPointer.compile(error.get("pointer").asText());
            boolean there = !document.at(pointer).isMissingNode();
            boolean parentThere = pointer.head() != null && document.at(pointer.head()).isContainerNode();
            assertThat(there || parentThere).as(what + " pointer " + pointer).isTrue();
            assertThat(error.get("message").asText()).as(what).isNotBlank();
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 400 ? text : text.substring(0, 200) + " … " + text.substring(text.length() - 200);
    }
}
