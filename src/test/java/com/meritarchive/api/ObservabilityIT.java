package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.testing.AnnualWorkbook;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README "Observability" on a real process, started with JSON logs as an operator would: the metrics a
 * Prometheus scraper reads without a login after decisions, an upload and publications; the probes a
 * load balancer or Kubernetes reads without a login; and the log lines as JSON.
 */
class ObservabilityIT {

    private static final String TABLE = "Annual.drl.xlsx";

    @TempDir
    static Path dir;
    private static ServiceProcess service;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        service = ServiceProcess.startQuickly(dir.resolve("data"), dir.resolve("service.log"),
                "--logging.structured.format.console=ecs");
        api = service.api();
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ApiClient.JSON.readTree(response.body());
    }

    /** The value of the one sample {@code name{labels}} whose labels include all of {@code labels}; empty if none. */
    private static OptionalDouble sample(String scrape, String name, Map<String, String> labels) {
        List<Double> values = scrape.lines().filter(line -> line.startsWith(name + "{"))
                .filter(line -> labels.entrySet().stream().allMatch(label -> line.contains(label.getKey() + "=\""
                        + label.getValue() + "\"")))
                .map(line -> Double.valueOf(line.substring(line.lastIndexOf(' ') + 1))).toList();
        assertThat(values).as("samples of %s%s", name, labels).hasSizeLessThanOrEqualTo(1);
        return values.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(values.get(0));
    }

    private static double value(String scrape, String name, Map<String, String> labels) {
        OptionalDouble value = sample(scrape, name, labels);
        assertThat(value).as("%s%s in\n%s", name, labels, scrape).isPresent();
        return value.getAsDouble();
    }

    /** How many subjects of a decision answer have {@code code} among their outcomes. */
    private static int subjectsWith(JsonNode answer, String code) {
        int count = 0;
        for (String side : List.of("cadres", "units")) {
            for (JsonNode subject : answer.get(side)) {
                for (JsonNode outcome : subject.get("outcomes")) {
                    count += outcome.get("code").asText().equals(code) ? 1 : 0;
                }
            }
        }
        return count;
    }

    private static String firstCode(JsonNode answer) {
        for (JsonNode subject : answer.get("cadres")) {
            if (subject.get("outcomes").size() > 0) {
                return subject.get("outcomes").get(0).get("code").asText();
            }
        }
        throw new AssertionError("no cadre has an outcome in " + answer);
    }

    @Test
    void shouldExposeDecisionPublicationScenarioAndStoreMetricsWithoutLogin() throws Exception {
        HttpResponse<String> annual = api.postJson("/api/v1/decisions/annual", "hr", ApiClient.example("annual_county.req.json"));
        assertThat(annual.statusCode()).isEqualTo(200);
        HttpResponse<String> quarterly = api.postJson("/api/v1/decisions/quarterly", "hr",
                ApiClient.example("quarterly_2017Q1.req.json"));
        assertThat(quarterly.statusCode()).isEqualTo(200);
        String annualCode = firstCode(json(annual));
        String quarterlyCode = firstCode(json(quarterly));
        String oldId = json(annual).get("ruleSet").get("id").asText();

        // A1 needing three records fails some of the version's own scenarios: refused, then forced
        HttpResponse<String> uploaded = api.postFiles("/api/v1/rulesets", "author", Map.of(TABLE, AnnualWorkbook.withA1Threshold(3)));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String newId = json(uploaded).get("id").asText();
        assertThat(api.putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"" + newId + "\"}").statusCode()).isEqualTo(409);
        assertThat(api.putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"" + newId + "\",\"force\":true}").statusCode())
                .isEqualTo(200);

        // an altered file of the old version: reading it is a store error (500), then the file is put back
        Path file = dir.resolve("data").resolve("rulesets").resolve(json(annual).get("ruleSet").get("sha256").asText())
                .resolve("files").resolve(TABLE);
        byte[] original = Files.readAllBytes(file);
        try {
            Files.write(file, new byte[] {1, 2, 3});
            assertThat(api.get("/api/v1/rulesets/" + oldId + "/files/" + TABLE, "author").statusCode()).isEqualTo(500);
        } finally {
            Files.write(file, original);
        }

        HttpResponse<String> scraped = api.get("/actuator/prometheus", null);
        assertThat(scraped.statusCode()).isEqualTo(200);
        String scrape = scraped.body();

        for (String uri : List.of("/api/v1/decisions/annual", "/api/v1/decisions/quarterly")) {
            assertThat(value(scrape, "http_server_requests_seconds_bucket", Map.of("uri", uri, "status", "200", "le", "+Inf")))
                    .as(uri).isEqualTo(1);
            assertThat(scrape.lines().filter(line -> line.startsWith("http_server_requests_seconds_bucket{")
                    && line.contains("uri=\"" + uri + "\"")).count()).as("buckets of " + uri).isGreaterThan(10);
        }
        assertThat(value(scrape, "merit_decisions_outcomes_total", Map.of("kind", "annual", "code", annualCode)))
                .isEqualTo(subjectsWith(json(annual), annualCode));
        assertThat(value(scrape, "merit_decisions_outcomes_total", Map.of("kind", "quarterly", "code", quarterlyCode)))
                .isEqualTo(subjectsWith(json(quarterly), quarterlyCode));
        assertThat(sample(scrape, "merit_decisions_outcomes_total", Map.of("kind", "step-down"))).isEmpty();

        assertThat(value(scrape, "merit_ruleset_active", Map.of("id", newId))).isEqualTo(1);
        assertThat(value(scrape, "merit_ruleset_active", Map.of("id", oldId))).isZero();

        // compiled at start and at the upload; published once refused and once forced
        assertThat(value(scrape, "merit_ruleset_compile_seconds_count", Map.of("outcome", "success"))).isGreaterThanOrEqualTo(2);
        assertThat(value(scrape, "merit_ruleset_compile_seconds_sum", Map.of("outcome", "success"))).isPositive();
        assertThat(value(scrape, "merit_ruleset_publish_seconds_count", Map.of("outcome", "success"))).isEqualTo(1);
        assertThat(value(scrape, "merit_ruleset_publish_seconds_count", Map.of("outcome", "failure"))).isEqualTo(1);

        // the shipped version's scenarios ran at first start and all passed; the upload's failed some
        double shippedRun = value(scrape, "merit_scenarios_run_total", Map.of("version", oldId));
        assertThat(shippedRun).isPositive();
        assertThat(value(scrape, "merit_scenarios_failed_total", Map.of("version", oldId))).isZero();
        assertThat(value(scrape, "merit_scenarios_run_total", Map.of("version", newId))).isEqualTo(shippedRun);
        assertThat(value(scrape, "merit_scenarios_failed_total", Map.of("version", newId))).isPositive();

        assertThat(value(scrape, "merit_store_errors_total", Map.of("store", "rulesets", "operation", "read"))).isEqualTo(1);
        assertThat(sample(scrape, "merit_store_errors_total", Map.of("store", "decisions"))).isEmpty();
    }

    @Test
    void shouldOpenMetricsAndProbesWithoutReadingCredentials() throws Exception {
        HttpResponse<String> wrongPassword = api.send("GET", "/actuator/prometheus", "admin", "wrong", null,
                BodyPublishers.noBody());
        assertThat(wrongPassword.statusCode()).isEqualTo(200);
        assertThat(wrongPassword.body()).contains("merit_ruleset_active{");
        assertThat(api.get("/actuator", null).statusCode()).as("no index of the endpoints").isEqualTo(401);
        assertThat(api.get("/actuator/metrics", "admin").statusCode()).as("only health and prometheus").isEqualTo(404);
    }

    @Test
    void shouldAnswerLivenessAndReadinessProbesWithoutLogin() throws Exception {
        HttpResponse<String> liveness = api.get("/actuator/health/liveness", null);
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json(liveness).get("status").asText()).isEqualTo("UP");
        assertThat(json(liveness).get("components").fieldNames()).toIterable().containsExactly("livenessState");

        HttpResponse<String> readiness = api.get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json(readiness).get("status").asText()).isEqualTo("UP");
        assertThat(json(readiness).get("components").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("readinessState", "ruleSet");
        String active = json(api.get("/api/v1/rulesets/active", "author")).get("id").asText();
        assertThat(json(readiness).at("/components/ruleSet/details/active").asText()).isEqualTo(active);

        HttpResponse<String> health = api.get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asText()).isEqualTo("UP");
        assertThat(json(health).at("/components/ruleSet/status").asText()).isEqualTo("UP");
        assertThat(json(health).has("components") && json(health).get("components").has("db")).isFalse();
    }

    @Test
    void shouldWriteEveryLogLineAsJsonWithStructuredLogging() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("service.log")).stream().filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThan(5);
        boolean sawActivation = false;
        for (String line : lines) {
            JsonNode entry = ApiClient.JSON.readTree(line); // throws on a line that is not JSON
            assertThat(entry.isObject()).as(line).isTrue();
            assertThat(entry.has("@timestamp")).as(line).isTrue();
            assertThat(entry.at("/log/level").asText()).as(line).isNotEmpty();
            assertThat(entry.get("message").asText()).as(line).isNotEmpty();
            sawActivation |= Pattern.compile("Rule set \\w+ active: \\d+ rules").matcher(entry.get("message").asText()).find();
        }
        assertThat(sawActivation).as("the start's line about the active rule set, as a JSON message").isTrue();
    }
}
