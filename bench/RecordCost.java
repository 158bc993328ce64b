/*
 * What recording a decision costs on the request path, measured in-process (no HTTP, no rules), so
 * that the figure does not drown in the noise of a busy machine: for the benchmark's province
 * request and its real answer, the work the decision endpoint adds before the answer is sent
 * (zstd of the answer, the store's commit of it), and what runs beside the rules on another thread
 * (the request's sha256 and zstd and their commit with the 204,000 subject rows).
 *
 * Usage, after `mvn -B package -DskipTests`, `java bench/AnnualBenchmark.java --write-only` and
 * saving one answer of the province as target/bench/province-answer.json (README "Benchmark"):
 *   mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:$(cat target/cp.txt) bench/RecordCost.java [province|county]
 * (the county likewise with target/bench/county-answer.json).
 */
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decisionlog.DecisionEntry;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.SqliteDecisionLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

public class RecordCost {

    public static void main(String[] args) throws Exception {
        String dataset = args.length > 0 ? args[0] : "province";
        for (DecisionKind kind : List.of(DecisionKind.ANNUAL, DecisionKind.DOCUMENTS_ANNUAL)) {
            measure(dataset, kind, false);
        }
        if (dataset.equals("county")) {
            measure(dataset, DecisionKind.ANNUAL, true); // what the service does for a request up to 4 MB
        }
    }

    /**
     * A decision endpoint's answer (ANNUAL) is committed without a sync, since it can be decided again
     * from its synced request; a documents answer (DOCUMENTS_ANNUAL) is synced: the two costs. With
     * {@code sealLater} (a county's request, up to merit.decisions.seal-after-answer-up-to), request and
     * answer go to the store as received and sent, and the store hashes and compresses them after the
     * answer ("sealing", timed as the wait of a read that follows at once).
     */
    static void measure(String dataset, DecisionKind kind, boolean sealLater) throws Exception {
        byte[] request = Files.readAllBytes(Path.of("target/bench/" + dataset + ".json"));
        byte[] answer = Files.readAllBytes(Path.of("target/bench/" + dataset + "-answer.json"));
        JsonNode tree = new ObjectMapper().readTree(answer);
        List<String> subjects = new ArrayList<>();
        tree.get("cadres").forEach(c -> subjects.add(c.get("id").asText()));
        tree.get("units").forEach(u -> subjects.add(u.get("id").asText()));
        Path folder = Files.createTempDirectory("record-cost");
        int runs = dataset.equals("county") ? 501 : 7;
        double[] beside = new double[runs], onPath = new double[runs], zipping = new double[runs], after = new double[runs];
        try (SqliteDecisionLog log = new SqliteDecisionLog(folder)) {
            for (int i = 0; i < runs; i++) {
                String id = UUID.randomUUID().toString();
                long t0 = System.nanoTime();
                String sha = sealLater ? null : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request));
                byte[] requestZstd = sealLater ? request : compress(request);
                log.begin(new DecisionEntry(id, kind, null, null, Instant.now(), "hr", "0f51286ef650", "0f51286ef650ff", sha,
                        requestZstd, null, subjects, null));
                long t1 = System.nanoTime();
                byte[] answerZstd = sealLater ? answer : compress(answer);
                zipping[i] = (System.nanoTime() - t1) / 1e6;
                log.complete(new DecisionEntry(id, kind, 2017, null, Instant.now(), "hr", "0f51286ef650",
                        "0f51286ef650ff", null, null, answerZstd, null, null));
                long t2 = System.nanoTime();
                log.find(id, false).orElseThrow(); // waits for the sealing, if any
                after[i] = (System.nanoTime() - t2) / 1e6;
                beside[i] = (t1 - t0) / 1e6;
                onPath[i] = (t2 - t1) / 1e6;
                if (runs < 10) System.out.printf("run %d: request sha256+zstd and subjects %.0f ms (beside the rules), answer zstd + commit %.0f ms;"
                        + " request %d -> %d bytes, answer %d -> %d bytes%n", i + 1, beside[i], onPath[i], request.length,
                        requestZstd.length, answer.length, answerZstd.length);
            }
        }
        long size = Files.size(folder.resolve("decisions.sqlite")); // closed: the WAL is checkpointed and gone
        Arrays.sort(beside);
        Arrays.sort(onPath);
        Arrays.sort(zipping);
        Arrays.sort(after);
        System.out.printf("%s%s, median: %.2f ms beside the rules, %.2f ms on the request path (of which the answer's zstd %.2f ms),"
                + " %.2f ms after the answer; %,d bytes per decision on disk (%d subjects)%n",
                kind, sealLater ? " sealed after the answer" : "", beside[runs / 2], onPath[runs / 2], zipping[runs / 2],
                after[runs / 2], size / runs, subjects.size());
    }

    static byte[] compress(byte[] body) {
        return com.github.luben.zstd.Zstd.compress(body, 1); // as decisionlog.Compression
    }
}
