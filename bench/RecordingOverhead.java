/*
 * What recording a decision costs, over HTTP, measured so that the machine's drift cancels out: two
 * services from the same jar run side by side, one recording (the default) and one with
 * merit.decisions.record=false; the same request is sent to each in turn (the order swapped every
 * pair), and the median of the pairs' differences is compared with the median of the service that
 * does not record. Two separate runs of AnnualBenchmark differ by more than the
 * cost itself on a shared two-core machine; paired calls do not.
 *
 * Usage, from the project folder after `mvn -B package -DskipTests` and
 * `java bench/AnnualBenchmark.java --write-only` (which writes target/bench/county.json):
 *   java bench/RecordingOverhead.java [--dataset county|province] [--pairs 1000] [--warmup 40] [--pause-ms 20]
 * java -Djar=PATH bench/RecordingOverhead.java … measures another build of the jar (e.g. an older commit's).
 * --pause-ms: the idle time after each call. A county's HR system does not send year-end decisions
 * back to back, and a service finishes some work after it answers (sealing the record, see README
 * "Durable before the answer is sent"; checkpoints; garbage collection): without a pause, that work of
 * one service would run during the other service's call, and be billed to it. 0 measures back to back.
 * Prints each service's median, p25 and p75 and the cost against the target (county: at most
 * 10 % of the median; province: at most 15 %). Exit code 1 on an error, 0 otherwise (a MISS included).
 */
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class RecordingOverhead {

    static final String PASSWORD = "bench-recording";
    static final List<Process> services = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) options.put(args[i], args[i + 1]);
        String dataset = options.getOrDefault("--dataset", "county");
        boolean province = dataset.equals("province");
        int pairs = Integer.parseInt(options.getOrDefault("--pairs", province ? "7" : "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("--warmup", province ? "3" : "40"));
        long pause = Long.parseLong(options.getOrDefault("--pause-ms", "20"));
        Path body = Path.of("target/bench/" + dataset + ".json");
        if (!Files.isRegularFile(body)) throw new IllegalStateException("no " + body + ": run java bench/AnnualBenchmark.java --write-only first");
        byte[] request = Files.readAllBytes(body);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> services.forEach(Process::destroyForcibly)));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String recording = start(18381, List.of());
        String notRecording = start(18382, List.of("--merit.decisions.record=false"));
        for (String url : List.of(recording, notRecording)) waitHealthy(http, url);
        double[] on = new double[pairs], off = new double[pairs];
        for (int i = -warmup; i < pairs; i++) {
            boolean recordingFirst = (i & 1) == 0;
            double first = call(http, recordingFirst ? recording : notRecording, request);
            Thread.sleep(pause);
            double second = call(http, recordingFirst ? notRecording : recording, request);
            Thread.sleep(pause);
            if (i >= 0) {
                on[i] = recordingFirst ? first : second;
                off[i] = recordingFirst ? second : first;
            }
        }
        double[] differences = new double[pairs];
        for (int i = 0; i < pairs; i++) differences[i] = on[i] - off[i];
        Arrays.sort(differences);
        Arrays.sort(on);
        Arrays.sort(off);
        // the median of the pairs' differences: a slow moment of the machine hits both calls of a pair
        double cost = differences[pairs / 2], share = 100 * cost / off[pairs / 2], target = province ? 15 : 10;
        System.out.printf("%s, %d pairs, %d ms idle after each call: recording median %.2f ms (p25 %.2f, p75 %.2f); not recording median %.2f ms (p25 %.2f, p75 %.2f)%n",
                dataset, pairs, pause, on[pairs / 2], on[pairs / 4], on[3 * pairs / 4], off[pairs / 2], off[pairs / 4], off[3 * pairs / 4]);
        System.out.printf("recording costs %.2f ms (median of the pairs' differences; the medians differ by %.2f ms) = %.1f %% of the"
                + " median (target <= %.0f %%): %s%n", cost, on[pairs / 2] - off[pairs / 2], share, target, share <= target ? "MET" : "MISS");
        services.forEach(Process::destroy);
    }

    static String start(int port, List<String> extra) throws IOException {
        Path jar = Path.of(System.getProperty("jar", "target/merit-archive.jar"));
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("no " + jar + ": run mvn -B package -DskipTests");
        Path data = Files.createTempDirectory("merit-recording-" + port + "-");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", jar.toString(), "--server.port=" + port, "--merit.data-dir=" + data));
        command.addAll(extra);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("merit-recording-" + port + "-", ".log").toFile());
        builder.environment().put("MERIT_HR_PASSWORD", PASSWORD);
        services.add(builder.start());
        System.out.printf("started %s (data %s)%n", String.join(" ", command.subList(3, command.size())), data);
        return "http://localhost:" + port;
    }

    static void waitHealthy(HttpClient http, String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build();
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " not healthy within 120 s");
    }

    static double call(HttpClient http, String url, byte[] request) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(url + "/api/v1/decisions/annual"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("hr:" + PASSWORD).getBytes()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(request)).build();
        long start = System.nanoTime();
        HttpResponse<byte[]> answer = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        if (answer.statusCode() != 200) throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + new String(answer.body()));
        return ms;
    }
}
