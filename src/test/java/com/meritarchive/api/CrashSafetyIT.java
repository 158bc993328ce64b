package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.ruleset.RuleSetFiles;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store survives kill -9 at any moment: a real service process is killed while it writes a
 * version and while it writes the active pointer, and must start again with the old or the new
 * state, never a half-written one.
 */
class CrashSafetyIT {

    private static final String DELAY = "--merit.store-crash-test-delay=2s";
    private static final String ANNUAL = "/api/v1/decisions/annual";

    private static byte[] changedDrl(int n) throws Exception {
        return (Files.readString(Path.of("rules/annual-vetoes.drl")) + "\n// revision " + n + "\n").getBytes();
    }

    private static JsonNode versions(ServiceProcess service) throws Exception {
        return ApiClient.JSON.readTree(service.api().get("/api/v1/rulesets", "author").body());
    }

    private static String activeSha(ServiceProcess service) throws Exception {
        return ApiClient.JSON.readTree(service.api().postJson(ANNUAL, "hr", ApiClient.example("annual_county.req.json"))
                .body()).at("/ruleSet/sha256").asText();
    }

    /** Every stored version is complete: its files download and hash to its sha256. */
    private static void assertEveryVersionComplete(ServiceProcess service) throws Exception {
        for (JsonNode version : versions(service)) {
            SortedMap<String, byte[]> files = new TreeMap<>();
            for (JsonNode name : version.get("files")) {
                HttpResponse<byte[]> file = service.api().getBytes("/api/v1/rulesets/" + version.get("id").asText()
                        + "/files/" + name.asText(), "author");
                assertThat(file.statusCode()).isEqualTo(200);
                files.put(name.asText(), file.body());
            }
            assertThat(new RuleSetFiles(files).sha256()).isEqualTo(version.get("sha256").asText());
        }
    }

    private static long leftovers(Path data) throws Exception {
        try (Stream<Path> temp = Files.list(data.resolve("tmp"))) {
            return temp.count();
        }
    }

    @Test
    void shouldKeepTheOldStateWhenKilledWhileStoringAVersion(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("service.log");
        String firstSha;
        try (ServiceProcess service = ServiceProcess.start(data, log)) {
            firstSha = activeSha(service);
        }
        try (ServiceProcess service = ServiceProcess.start(data, log, DELAY)) {
            CompletableFuture.runAsync(() -> {
                try {
                    service.api().postFiles("/api/v1/rulesets", "admin", Map.of("annual-vetoes.drl", changedDrl(1)));
                } catch (Exception e) {
                    // the process is killed under this call
                }
            });
            service.awaitLog("before publishing version", Duration.ofSeconds(30));
            assertThat(leftovers(data)).isEqualTo(1); // the version was being written in tmp/
            service.kill();
        }
        try (ServiceProcess service = ServiceProcess.start(data, log)) {
            assertThat(versions(service)).hasSize(1);
            assertThat(activeSha(service)).isEqualTo(firstSha);
            assertThat(leftovers(data)).isZero();
            assertEveryVersionComplete(service);
        }
    }

    @Test
    void shouldStartWithTheOldActiveVersionWhenKilledWhilePublishing(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("service.log");
        String firstSha;
        String uploaded;
        try (ServiceProcess service = ServiceProcess.start(data, log)) {
            firstSha = activeSha(service);
            uploaded = ApiClient.JSON.readTree(service.api().postFiles("/api/v1/rulesets", "admin",
                    Map.of("annual-vetoes.drl", changedDrl(2))).body()).get("id").asText();
        }
        try (ServiceProcess service = ServiceProcess.start(data, log, DELAY)) {
            CompletableFuture.runAsync(() -> {
                try {
                    service.api().putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"" + uploaded + "\"}");
                } catch (Exception e) {
                    // the process is killed under this call
                }
            });
            service.awaitLog("before publishing activation of " + uploaded, Duration.ofSeconds(30));
            service.kill();
        }
        try (ServiceProcess service = ServiceProcess.start(data, log)) {
            assertThat(activeSha(service)).isEqualTo(firstSha);
            assertThat(versions(service)).hasSize(2);
            HttpResponse<String> publish = service.api().putJson("/api/v1/rulesets/active", "admin",
                    "{\"id\":\"" + uploaded + "\"}");
            assertThat(publish.statusCode()).isEqualTo(200);
        }
        try (ServiceProcess service = ServiceProcess.start(data, log)) {
            assertThat(activeSha(service)).startsWith(uploaded);
        }
    }

    @Test
    void shouldAlwaysRestartInAConsistentStateWhenKilledAtRandomMoments(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("service.log");
        Random random = new Random(20171231);
        for (int round = 0; round < 3; round++) {
            int revision = round;
            try (ServiceProcess service = ServiceProcess.start(data, log)) {
                CompletableFuture.runAsync(() -> {
                    for (int n = 0; n < 50; n++) {
                        try {
                            HttpResponse<String> stored = service.api().postFiles("/api/v1/rulesets", "admin",
                                    Map.of("annual-vetoes.drl", changedDrl(100 * revision + n)));
                            String id = ApiClient.JSON.readTree(stored.body()).get("id").asText();
                            service.api().putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"" + id + "\"}");
                        } catch (Exception e) {
                            return;
                        }
                    }
                });
                Thread.sleep(300 + random.nextInt(1500));
                service.kill();
            }
            try (ServiceProcess service = ServiceProcess.start(data, log)) {
                JsonNode versions = versions(service);
                String active = activeSha(service);
                List<String> shas = versions.findValuesAsText("sha256");
                assertThat(shas).contains(active);
                assertEveryVersionComplete(service);
                assertThat(leftovers(data)).isZero();
            }
        }
    }
}
