package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four province-sized decisions at once within {@code -Xmx1g}: the memory budget admits as many
 * as fit and answers the others 503 with {@code Retry-After}, so none runs the heap out, and
 * health answers throughout.
 */
class MemoryBudgetIT {

    static final Path PROVINCE = Path.of("target", "bench", "province.json");

    @Test
    void shouldAnswerFourProvincesAtOnceWith200Or503AndKeepHealthWithinASecond(@TempDir Path dir) throws Exception {
        byte[] body = provinceBody();
        try (ServiceProcess service = ServiceProcess.startWithHeap("1g", dir.resolve("data"), dir.resolve("service.log"))) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong slowestHealth = new AtomicLong();
            List<Integer> healthStatuses = new ArrayList<>();
            Thread health = new Thread(() -> pollHealth(service.port, running, slowestHealth, healthStatuses));
            health.start();

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port
                                + "/api/v1/decisions/annual")).timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                "hr:hr-secret".getBytes(StandardCharsets.UTF_8)))
                        .POST(BodyPublishers.ofByteArray(body)).build(), BodyHandlers.ofString()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 503) {
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                }
            }
            running.set(false);
            health.join();
            System.out.printf("Four provinces (%.1f MB each) at once, -Xmx1g: statuses %s; health polled %d times, slowest %d ms%n",
                    body.length / 1e6, statuses, healthStatuses.size(), slowestHealth.get());
            assertThat(statuses).allMatch(status -> status == 200 || status == 503).contains(200);
            assertThat(healthStatuses).isNotEmpty().allMatch(status -> status == 200);
            assertThat(slowestHealth.get()).isLessThan(1000);
            assertThat(Files.readString(dir.resolve("service.log"))).doesNotContain("OutOfMemoryError");
        }
    }

    private static void pollHealth(int port, AtomicBoolean running, AtomicLong slowest, List<Integer> statuses) {
        HttpClient http = HttpClient.newHttpClient();
        while (running.get()) {
            long start = System.nanoTime();
            int status;
            try {
                status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                status = -1;
            }
            slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
            synchronized (statuses) {
                statuses.add(status);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The benchmark's province (200,000 cadres, 44 MB), written by the benchmark itself when missing. */
    private static byte[] provinceBody() throws Exception {
        if (!Files.exists(PROVINCE)) {
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "bench/AnnualBenchmark.java", "--write-only", "--only", "province").inheritIO().start();
            assertThat(writer.waitFor()).isZero();
        }
        return Files.readAllBytes(PROVINCE);
    }
}
