package com.meritarchive.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The service jar started as a real process, as an operator would, so that tests can kill it with SIGKILL. */
final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final Path dataDir;
    final int port;

    private ServiceProcess(Process process, Path log, Path dataDir, int port) {
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
        this.port = port;
    }

    static ServiceProcess start(Path dataDir, Path log, String... extraArgs) throws Exception {
        return startWithHeap("512m", dataDir, log, extraArgs);
    }

    /**
     * As {@link #start}, on a JVM tuned to start rather than to run long (C1 only, serial GC): about
     * half the start time, for tests that start the service many times and measure nothing.
     */
    static ServiceProcess startQuickly(Path dataDir, Path log, String... extraArgs) throws Exception {
        return start(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), "512m", dataDir, log, extraArgs);
    }

    /** As {@link #start}, with {@code -Xmx} set to {@code maxHeap} ({@code 1g}, as the benchmark's province runs). */
    static ServiceProcess startWithHeap(String maxHeap, Path dataDir, Path log, String... extraArgs) throws Exception {
        return start(List.of(), maxHeap, dataDir, log, extraArgs);
    }

    private static ServiceProcess start(List<String> jvmOptions, String maxHeap, Path dataDir, Path log,
            String... extraArgs) throws Exception {
        ServiceProcess service = launch(jvmOptions, maxHeap, dataDir, log, extraArgs);
        service.awaitHealthy(Duration.ofSeconds(90));
        return service;
    }

    /**
     * As {@link #start}, with JVM options ({@code -D…}) before {@code -jar}, and without waiting until
     * it is healthy: for services started together, or one that waits for its database before it
     * serves; {@link #awaitHealthy} waits for it.
     */
    static ServiceProcess launch(List<String> jvmOptions, Path dataDir, Path log, String... extraArgs) throws Exception {
        return launch(jvmOptions, "512m", dataDir, log, extraArgs);
    }

    private static ServiceProcess launch(List<String> jvmOptions, String maxHeap, Path dataDir, Path log,
            String... extraArgs) throws Exception {
        Path jar = Path.of("target/merit-archive.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("target/merit-archive.jar is missing: run the tests with mvn verify");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--merit.data-dir=" + dataDir));
        command.addAll(List.of(extraArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("MERIT_HR_PASSWORD", "hr-secret");
        builder.environment().put("MERIT_AUTHOR_PASSWORD", "author-secret");
        builder.environment().put("MERIT_ADMIN_PASSWORD", "admin-secret");
        return new ServiceProcess(builder.start(), log, dataDir, port);
    }

    /** Waits until {@code /actuator/health} answers 200. */
    void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped during start:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The service did not become healthy in " + timeout.toSeconds() + " s");
    }

    /** Waits until the service's log shows {@code text}. */
    void awaitLog(String text, Duration timeout) throws Exception {
        awaitLog(text, 0, timeout);
    }

    /** How long the log is now: {@link #awaitLog(String, long, Duration)} looks only at what comes after. */
    long logLength() throws Exception {
        return Files.readString(log).length();
    }

    /** Waits until the service's log shows {@code text} after its first {@code since} characters. */
    void awaitLog(String text, long since, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String written = Files.readString(log);
            if (written.length() > since && written.substring((int) since).contains(text)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("The log never showed '" + text + "'");
    }

    /** kill -9: no shutdown hook, no flush, nothing finishes. */
    void kill() throws Exception {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The log written so far. */
    String log() throws Exception {
        return Files.readString(log);
    }

    ApiClient api() {
        return new ApiClient(port);
    }

    /** Stops the service and keeps what it recorded for the reproducibility check ({@link KeptDataDirs}). */
    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            kill();
        }
        KeptDataDirs.keep(dataDir);
    }
}
