/*
 * What recording a decision costs on the request path, measured in-process (no HTTP, no rules), so
 * that the figure does not drown in the noise of a busy machine: for the benchmark's province
 * request and its real answer, the work the decision endpoint adds before the answer is sent
 * (gzip of the answer, the store's commit of the answer and the compressed request), and what
 * runs beside the rules on another thread (the request's sha256 and gzip, the 204,000 subject rows).
 *
 * Usage, after `mvn -B package -DskipTests`, `java bench/AnnualBenchmark.java --write-only` and
 * saving one answer of the province as target/bench/province-answer.json (README "Benchmark"):
 *   mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:$(cat target/cp.txt) bench/RecordCost.java
 */
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decisionlog.DecisionEntry;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.SqliteDecisionLog;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

public class RecordCost {

    public static void main(String[] args) throws Exception {
        byte[] request = Files.readAllBytes(Path.of("target/bench/province.json"));
        byte[] answer = Files.readAllBytes(Path.of("target/bench/province-answer.json"));
        JsonNode tree = new ObjectMapper().readTree(answer);
        List<String> subjects = new ArrayList<>();
        tree.get("cadres").forEach(c -> subjects.add(c.get("id").asText()));
        tree.get("units").forEach(u -> subjects.add(u.get("id").asText()));
        Path folder = Files.createTempDirectory("record-cost");
        int runs = 7;
        double[] beside = new double[runs], onPath = new double[runs];
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            for (int i = 0; i < runs; i++) {
                String id = UUID.randomUUID().toString();
                long t0 = System.nanoTime();
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request));
                byte[] requestGzip = gzip(request);
                log.begin(id, DecisionKind.ANNUAL, "hr", subjects);
                long t1 = System.nanoTime();
                byte[] answerGzip = gzip(answer);
                log.complete(new DecisionEntry(id, DecisionKind.ANNUAL, 2017, null, Instant.now(), "hr", "0f51286ef650",
                        "0f51286ef650ff", sha, requestGzip, answerGzip, null, null));
                long t2 = System.nanoTime();
                beside[i] = (t1 - t0) / 1e6;
                onPath[i] = (t2 - t1) / 1e6;
                System.out.printf("run %d: request sha256+gzip and subject rows %.0f ms (beside the rules), answer gzip + commit %.0f ms;"
                        + " request %d -> %d bytes, answer %d -> %d bytes%n", i + 1, beside[i], onPath[i], request.length,
                        requestGzip.length, answer.length, answerGzip.length);
            }
        }
        long size = Files.size(folder.resolve("decisions.sqlite")); // closed: the WAL is checkpointed and gone
        Arrays.sort(beside);
        Arrays.sort(onPath);
        System.out.printf("median: %.0f ms beside the rules, %.0f ms on the request path; %,d bytes per decision on disk (%d subjects)%n",
                beside[runs / 2], onPath[runs / 2], size / runs, subjects.size());
    }

    static byte[] gzip(byte[] body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 8);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(body);
        }
        return out.toByteArray();
    }
}
