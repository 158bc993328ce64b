package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.ruleset.RuleSetFiles;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * version, while it writes the active pointer and at a random moment, and must start again with
 * the old or the new state, never a half-written one. The kills are aimed (as soon as the log shows
 * the pause before a rename), so four starts of one data dir prove what took thirteen.
 */
class CrashSafetyIT {

    private static final String DELAY = "--merit.store-crash-test-delay=1s";
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

    /**
     * One data dir, four starts, three kills: mid-upload and mid-publish, each as soon as the log
     * shows the store's pause before its rename, and once at a random moment of a loop of uploads and
     * publications. After each kill the service starts with the old or the new state, every version
     * complete, nothing left in tmp/; a publication answered 200 survives the kill that follows it.
     */
    @Test
    void shouldRestartConsistentWhenKilledMidUploadMidPublishAndAtARandomMoment(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("service.log");
        String firstSha;
        String uploaded;

        // killed while a version is written: tmp/ holds it, rulesets/ does not
        try (ServiceProcess service = ServiceProcess.startQuickly(data, log, DELAY)) {
            firstSha = activeSha(service);
            HttpResponse<String> stored = service.api().postFiles("/api/v1/rulesets", "admin",
                    Map.of("annual-vetoes.drl", changedDrl(2)));
            assertThat(stored.statusCode()).isEqualTo(201);
            uploaded = ApiClient.JSON.readTree(stored.body()).get("id").asText();
            long since = service.logLength();
            CompletableFuture.runAsync(() -> {
                try {
                    service.api().postFiles("/api/v1/rulesets", "admin", Map.of("annual-vetoes.drl", changedDrl(1)));
                } catch (Exception e) {
                    // the process is killed under this call
                }
            });
            service.awaitLog("before publishing version", since, Duration.ofSeconds(30));
            assertThat(leftovers(data)).isEqualTo(1); // the version was being written in tmp/
            service.kill();
        }

        // the half-written version is gone; killed while the active pointer is written
        try (ServiceProcess service = ServiceProcess.startQuickly(data, log, DELAY)) {
            assertThat(versions(service)).hasSize(2);
            assertThat(activeSha(service)).isEqualTo(firstSha);
            assertThat(leftovers(data)).isZero();
            assertEveryVersionComplete(service);
            long since = service.logLength();
            CompletableFuture.runAsync(() -> {
                try {
                    service.api().putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"" + uploaded + "\"}");
                } catch (Exception e) {
                    // the process is killed under this call
                }
            });
            service.awaitLog("before publishing activation of " + uploaded, since, Duration.ofSeconds(30));
            service.kill();
        }

        // the old active version; publish for real, then uploads and publications killed at a random moment
        Random random = new Random(20171231);
        try (ServiceProcess service = ServiceProcess.startQuickly(data, log)) {
            assertThat(activeSha(service)).isEqualTo(firstSha);
            assertThat(versions(service)).hasSize(2);
            HttpResponse<String> publish = service.api().putJson("/api/v1/rulesets/active", "admin",
                    "{\"id\":\"" + uploaded + "\"}");
            assertThat(publish.statusCode()).isEqualTo(200);
            long since = service.logLength();
            CompletableFuture.runAsync(() -> {
                for (int n = 0; n < 50; n++) {
                    try {
                        HttpResponse<String> stored = service.api().postFiles("/api/v1/rulesets", "admin",
                                Map.of("annual-vetoes.drl", changedDrl(100 + n)));
                        String id = ApiClient.JSON.readTree(stored.body()).get("id").asText();
                        service.api().putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"" + id + "\"}");
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            service.awaitLog("Stored rule set version", since, Duration.ofSeconds(30));
            Thread.sleep(random.nextInt(1000)); // during its publication, the next upload, or a later one
            service.kill();
        }

        try (ServiceProcess service = ServiceProcess.startQuickly(data, log)) {
            String active = activeSha(service);
            assertThat(versions(service).findValuesAsText("sha256")).contains(active);
            assertThat(active).isNotEqualTo(firstSha); // the publication answered 200 was durable
            assertEveryVersionComplete(service);
            assertThat(leftovers(data)).isZero();
        }
    }
}
