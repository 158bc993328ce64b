/*
 * Benchmark for POST /api/v1/decisions/annual and POST /api/v1/documents/annual of the Merit
 * Archive service (JDK 17 only).
 *
 * Usage, from /work/main after `mvn -B package`:
 *   java bench/AnnualBenchmark.java                      both datasets, starts the service itself
 *   java bench/AnnualBenchmark.java --only county        one dataset (county | province | million)
 *   java bench/AnnualBenchmark.java --write-only         only write target/bench/{county,province}.json
 * Options: --jar PATH (default target/merit-archive.jar), --county-runs N (default and least 200,
 *   after a warm-up until the service is steady, see warmUntilSteady; --county-warmup N for a fixed
 *   count instead), --province-runs N (default 5, after warm-up calls until the JIT settles,
 *   at least 2, see warmUntilCompiled), --province-xmx SIZE (the
 *   province's service heap, default 1g; another size skips the simulation), --url http://host:port
 *   (use a running service instead of starting one; needs MERIT_HR_PASSWORD, MERIT_AUTHOR_PASSWORD and MERIT_ADMIN_PASSWORD=bench-secret there),
 *   --jmx host:port (read heap and JIT figures of that running service), --documents-runs N (documents calls
 *   measured per answer type, default 10 for the county and 3 for the province, after 3 resp. 1
 *   warm-ups), --documents-only (skip the decision and simulation measurements), --no-documents (skip the
 *   documents endpoint), --million-runs N (default 3, after warm-up calls as the province's), --jvm-options "OPTS" (more
 *   options for the service's JVM, separated by spaces, e.g. "-XX:+UseParallelGC"), --no-record (start
 *   the service with merit.decisions.record=false, to measure what recording each decision costs;
 *   otherwise the size of the decision record on disk per decision is printed).
 *
 * Each dataset is generated deterministically (fixed seed) by simulating the policy (POLICY.md):
 * every quarter (2016 Q4, 2017 Q1-Q4) each indicator gets a city rank 1..10; rank <= 3 gives
 * PERFORMANCE records to the group's coordinator and business lead and to the lead unit (Q1),
 * rank >= 8 gives PROBLEM_TRACE records to the same (Q2). A trace is CANCELLED when the next
 * quarter ranks <= 3 (Q3); for 2017 Q4, whose next quarter lies outside the data, with the same
 * 30 % chance. The service runs as a child process with JMX on, so that the peak heap during the
 * measured calls (sum of the peaks of the HEAP memory pools) can be read. Targets: county median
 * <= 50 ms; province median <= 2000 ms with -Xmx1g. A MISS still exits 0; errors exit 1. The million
 * dataset (1,000,000 cadres, -Xmx2g, run only with --only million; issue 16: at most 5 x the
 * province time) starts the service with merit.max-request-size=1GB for its ~220 MB body.
 * The documents endpoint (the same body) is timed twice, for Accept: application/zip (the Word and
 * Excel files, the default answer) and Accept: application/json, with the answer's size and the
 * peak heap during those calls; it has no target yet, the figures are for the README.
 */
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.*;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.*;
import com.sun.management.GarbageCollectionNotificationInfo;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.*;

public class AnnualBenchmark {

    /**
     * {@code warmup}: the county's warm-up calls, < 0 until steady ({@link #warmUntilSteady}); the
     * province-scale datasets warm up until the JIT settles ({@link #warmUntilCompiled}). Once
     * measured, how many warm-up calls were made.
     */
    record Dataset(String name, int cadres, int units, int stationed, int indicators, long seed,
                   int warmup, int runs, String xmx, double targetMs, List<String> serviceArgs) {

        Dataset warmedUp(int calls) {
            return new Dataset(name, cadres, units, stationed, indicators, seed, calls, runs, xmx, targetMs, serviceArgs);
        }
    }

    /** The county's median is of at least this many calls: fewer move it by a millisecond from run to run. */
    static final int COUNTY_RUNS = 200;
    /** Warm-up until steady ({@link #warmUntilSteady}): medians printed per this many calls ... */
    static final int WINDOW = 50;
    /** ... two spans of this many calls compared ... */
    static final int STEADY_SPAN = 200;
    /** ... from this many calls on, at most the last. */
    static final int STEADY_MIN = 2 * STEADY_SPAN, STEADY_MAX = 3_000;

    record Generated(byte[] body, int cadres, int units, int records, int performance, int traces, int cancelled) {}

    /** @param afterGc the most heap in use just after a garbage collection during the measured calls (what stayed reachable, old garbage included) */
    record Result(Dataset d, Generated g, double median, double p90, double max, long peakHeap, long maxHeap,
                  String outcomes, List<DocumentsResult> documents, long afterGc) {}

    /** The documents endpoint for one Accept header: latency, answer size, peak heap. */
    record DocumentsResult(String accept, int runs, double median, double p90, double max, double answerMb, long peakHeap) {}

    static final String[] QUARTERS = {"2016Q4", "2017Q1", "2017Q2", "2017Q3", "2017Q4"};
    static final String[] KEY_WORKS = {"ZhuiGanChaoYue", "TuoPinGongJian", "DangJian", "XiangMuJianShe",
            "ZhaoShangYinZi", "ShengTaiHuanBao", "AnQuanShengChan", "XinFangWenDing", "ChengZhenJianShe", "MinSheng"};
    static final String[] SURNAMES = {"Yang", "Zhang", "Wang", "Li", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun"};
    static final String[] GIVEN = {"Yun", "Shibing", "Wei", "Fang", "Min", "Jing", "Lei", "Hong", "Jun", "Ping", "Xia", "Tao"};
    static final Path OUT = Path.of("target", "bench");
    static final String PASSWORD = "bench-secret";
    static volatile Process child;   // killed by the shutdown hook if still alive
    static String jvmOptions;        // --jvm-options: more options for the service's JVM, e.g. "-XX:+UseParallelGC"
    static volatile Path childLog;   // its output, for error messages
    static volatile Path childData;  // its fresh data dir, deleted with it

    // ---------------------------------------------------------------- main and options

    public static void main(String[] args) {
        Map<String, String> opt = parseOptions(args);
        jvmOptions = opt.get("--jvm-options");
        List<Dataset> datasets = new ArrayList<>(List.of(
                new Dataset("county", 1_500, 60, 15, 150, 2017L, opt.containsKey("--county-warmup") ? intOpt(opt, "--county-warmup", 1) : -1,
                        countyRuns(opt), null, 50, List.of()),
                new Dataset("province", 200_000, 4_000, 1_000, 16_700, 20170L, 0, intOpt(opt, "--province-runs", 5),
                        "-Xmx" + opt.getOrDefault("--province-xmx", "1g"), 2000,
                        List.of())));
        if ("million".equals(opt.get("--only"))) datasets.add(new Dataset("million", 1_000_000, 20_000, 5_000, 83_500, 201700L, 0,
                intOpt(opt, "--million-runs", 3), "-Xmx2g", 5 * 2000, List.of("--merit.max-request-size=1GB")));
        if (opt.containsKey("--only")) datasets.removeIf(d -> !d.name().equals(opt.get("--only")));
        if (datasets.isEmpty()) usage("--only must be county, province or million");
        Runtime.getRuntime().addShutdownHook(new Thread(AnnualBenchmark::killChild));
        List<Result> results = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Dataset d : datasets) {
            try {
                Generated g = generate(d);
                Path file = Files.createDirectories(OUT).resolve(d.name() + ".json");
                Files.write(file, g.body());
                System.out.printf("%s: wrote %s (%.2f MB)%n", d.name(), file, g.body().length / 1e6);
                if (!opt.containsKey("--write-only")) results.add(run(d, g, opt));
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                System.out.println("ERROR " + d.name() + ": " + message);
                errors.add(d.name() + ": " + message.lines().findFirst().orElse(""));
            } finally {
                killChild();
            }
        }
        if (!results.isEmpty() || !errors.isEmpty()) printSummary(results, errors);
        System.exit(errors.isEmpty() ? 0 : 1);
    }

    static Map<String, String> parseOptions(String[] args) {
        Set<String> flags = Set.of("--write-only", "--documents-only", "--no-documents", "--no-record");
        Set<String> valued = Set.of("--url", "--jmx", "--only", "--jar", "--county-runs", "--county-warmup", "--province-runs",
                "--documents-runs", "--million-runs", "--province-xmx", "--jvm-options");
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (flags.contains(args[i])) opt.put(args[i], "");
            else if (valued.contains(args[i]) && i + 1 < args.length) opt.put(args[i], args[++i]);
            else usage("unknown or incomplete option " + args[i]);
        }
        return opt;
    }

    /** --county-runs, raised to {@link #COUNTY_RUNS} when lower (bench/Targets.java asks for 10 x its --runs). */
    static int countyRuns(Map<String, String> opt) {
        int asked = intOpt(opt, "--county-runs", COUNTY_RUNS);
        if (asked < COUNTY_RUNS) System.out.printf("county: --county-runs %d raised to %d: a median of fewer calls moves by a millisecond"
                + " from run to run%n", asked, COUNTY_RUNS);
        return Math.max(asked, COUNTY_RUNS);
    }

    static int intOpt(Map<String, String> opt, String name, int dflt) {
        String v = opt.getOrDefault(name, String.valueOf(dflt));
        if (!v.matches("0*[1-9][0-9]{0,8}")) usage(name + " needs a whole number of at least 1");
        return Integer.parseInt(v);
    }

    static void usage(String problem) {
        System.err.println(problem + "\nusage: java bench/AnnualBenchmark.java [--only county|province|million] [--jar PATH]"
                + " [--county-runs N] [--county-warmup N] [--province-runs N] [--million-runs N] [--documents-runs N] [--documents-only] [--no-documents]"
                + " [--url http://host:port [--jmx host:port]]"
                + " [--write-only] [--no-record]");
        System.exit(2);
    }

    // ---------------------------------------------------------------- dataset generation

    static Generated generate(Dataset d) {
        Random rnd = new Random(d.seed());
        StringBuilder sb = new StringBuilder(d.cadres() * 90 + d.indicators() * 1_200);
        sb.append("{\"year\":2017,\"units\":[");
        for (int u = 0; u < d.units(); u++) {
            String kind = u >= d.units() - d.stationed() ? "STATIONED" : "COUNTY";
            sb.append(u == 0 ? "" : ",").append("{\"id\":").append(str(unitId(u)))
              .append(",\"name\":").append(str((kind.equals("COUNTY") ? "County bureau " : "Stationed office ") + u))
              .append(",\"kind\":").append(str(kind)).append('}');
        }
        sb.append("],\"cadres\":[");
        for (int c = 0; c < d.cadres(); c++) {
            String name = SURNAMES[rnd.nextInt(SURNAMES.length)] + " " + GIVEN[rnd.nextInt(GIVEN.length)];
            sb.append(c == 0 ? "" : ",").append("{\"id\":").append(str(cadreId(c)))
              .append(",\"name\":").append(str(name))
              .append(",\"unitId\":").append(str(unitId(rnd.nextInt(d.units()))))
              .append(",\"managedBy\":").append(str(rnd.nextInt(10) < 7 ? "ORG_DEPT" : "HR_BUREAU")).append('}');
        }
        sb.append("],\"records\":[");
        int[] counts = appendRecords(sb, d, rnd);
        sb.append("]}");
        return new Generated(sb.toString().getBytes(StandardCharsets.UTF_8), d.cadres(), d.units(),
                counts[0] + counts[1], counts[0], counts[1], counts[2]);
    }

    /** Appends the records; returns {performance, traces, cancelled}. */
    static int[] appendRecords(StringBuilder sb, Dataset d, Random rnd) {
        int[][] group = new int[d.indicators()][];     // 5 distinct cadres: leader, coordinator, business lead, 2 members
        int[] leadUnit = new int[d.indicators()];
        int[][] rank = new int[d.indicators()][QUARTERS.length];
        for (int i = 0; i < d.indicators(); i++) {
            group[i] = rnd.ints(0, d.cadres()).distinct().limit(5).toArray();
            leadUnit[i] = rnd.nextInt(d.units());
            for (int q = 0; q < QUARTERS.length; q++) rank[i][q] = 1 + rnd.nextInt(10);
        }
        int[] counts = new int[3];
        for (int q = 0; q < QUARTERS.length; q++) {
            for (int i = 0; i < d.indicators(); i++) {
                int r = rank[i][q];
                if (r > 3 && r < 8) continue;
                boolean trace = r >= 8;
                boolean cancelled = trace && (q + 1 < QUARTERS.length ? rank[i][q + 1] <= 3 : rnd.nextInt(10) < 3);
                counts[trace ? 1 : 0] += 3;
                counts[2] += cancelled ? 3 : 0;
                String[][] subjects = {{"CADRE", cadreId(group[i][1])}, {"CADRE", cadreId(group[i][2])},
                        {"UNIT", unitId(leadUnit[i])}};
                for (String[] s : subjects) appendRecord(sb, q, i, s[0], s[1], trace, cancelled);
            }
        }
        return counts;
    }

    static void appendRecord(StringBuilder sb, int q, int indicator, String subjectType, String subjectId,
                             boolean trace, boolean cancelled) {
        String ind = String.format("IND%03d", indicator);
        if (sb.charAt(sb.length() - 1) != '[') sb.append(',');
        sb.append("{\"id\":").append(str(QUARTERS[q] + "-" + ind + "/" + subjectId))
          .append(",\"subjectType\":").append(str(subjectType))
          .append(",\"subjectId\":").append(str(subjectId))
          .append(",\"type\":").append(str(trace ? "PROBLEM_TRACE" : "PERFORMANCE"))
          .append(",\"year\":").append(QUARTERS[q], 0, 4)
          .append(",\"quarter\":").append(QUARTERS[q].charAt(5))
          .append(",\"keyWork\":").append(str(KEY_WORKS[indicator % KEY_WORKS.length]))
          .append(",\"indicator\":").append(str(ind))
          .append(",\"status\":").append(str(cancelled ? "CANCELLED" : "ACTIVE")).append('}');
    }

    static String cadreId(int c) { return String.format("C%06d", c); }

    static String unitId(int u) { return String.format("U%04d", u); }

    /** A JSON string literal, escaped per RFC 8259. */
    static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return b.append('"').toString();
    }

    // ---------------------------------------------------------------- one dataset against the service

    static Result run(Dataset d, Generated g, Map<String, String> opt) throws Exception {
        System.out.printf("%s: %,d cadres, %,d units (%,d stationed), %,d records (%,d performance, %,d traces, %,d cancelled)%n",
                d.name(), g.cadres(), g.units(), d.stationed(), g.records(), g.performance(), g.traces(), g.cancelled());
        String url = opt.get("--url");
        String jmx = opt.get("--jmx");
        if (url == null) {
            int httpPort = freePort(), jmxPort = freePort();
            startService(d, Path.of(opt.getOrDefault("--jar", "target/merit-archive.jar")), httpPort, jmxPort,
                    opt.containsKey("--no-record"));
            url = "http://127.0.0.1:" + httpPort;
            jmx = "127.0.0.1:" + jmxPort;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        waitHealthy(http, url, d);
        boolean province = !d.name().equals("county");
        int documentRuns = intOpt(opt, "--documents-runs", province ? 3 : 10);
        Result r = opt.containsKey("--documents-only") ? new Result(d, g, Double.NaN, Double.NaN, Double.NaN, -1, -1, null, List.of(), -1)
                : measure(http, url, jmx, d, g);
        List<DocumentsResult> documents = new ArrayList<>();
        for (String accept : opt.containsKey("--no-documents") ? List.<String>of() : List.of("application/zip", "application/json")) {
            documents.add(measureDocuments(http, url, jmx, d, g, accept, province ? 1 : 3, documentRuns));
        }
        return new Result(r.d(), r.g(), r.median(), r.p90(), r.max(), r.peakHeap(), r.maxHeap(), r.outcomes(), documents,
                r.afterGc());
    }

    /** POST /api/v1/documents/annual with the dataset's body, as {@code accept}. */
    static DocumentsResult measureDocuments(HttpClient http, String url, String jmx, Dataset d, Generated g, String accept,
            int warmup, int runs) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/api/v1/documents/annual"))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/json").header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("hr:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(g.body())).build();
        String label = "documents " + accept;
        for (int i = 0; i < warmup; i++) documentsCall(http, req, d, label + " warm-up " + (i + 1), accept);
        try (Heap heap = Heap.connect(jmx)) {
            heap.resetPeaks();
            double[] ms = new double[runs];
            long bytes = 0;
            for (int i = 0; i < runs; i++) {
                long[] call = documentsCall(http, req, d, label + " run " + (i + 1), accept);
                ms[i] = call[0] / 1e6;
                bytes = call[1];
            }
            Arrays.sort(ms);
            DocumentsResult r = new DocumentsResult(accept, runs, median(ms), ms[(int) Math.ceil(0.9 * ms.length) - 1], ms[ms.length - 1],
                    bytes / 1e6, heap.peakSum());
            System.out.printf("%s: %s, %d measured calls: median %.1f ms, p90 %.1f ms, answer %.2f MB, peak heap %s%n", d.name(), label,
                    runs, r.median(), r.p90(), r.answerMb(), mib(r.peakHeap()));
            return r;
        }
    }

    /** One documents call: {nanoseconds, answer bytes}; the answer must be a zip or the documents JSON. */
    static long[] documentsCall(HttpClient http, HttpRequest req, Dataset d, String label, String accept) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        long ns = System.nanoTime() - t0;
        byte[] body = resp.body();
        if (resp.statusCode() != 200) throw new IllegalStateException(String.format("%s after %.0f ms: HTTP %d: %s", label, ns / 1e6,
                resp.statusCode(), new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8)));
        boolean zip = body.length > 4 && body[0] == 'P' && body[1] == 'K';
        if (accept.endsWith("zip") ? !zip : !new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8).contains("\"documents\""))
            throw new IllegalStateException(label + ": not the answer asked for");
        if (body.length > 5_000_000) System.out.printf("  %s %s: %.0f ms, answer %.1f MB%n", d.name(), label, ns / 1e6, body.length / 1e6);
        return new long[] {ns, body.length};
    }

    static void startService(Dataset d, Path jar, int httpPort, int jmxPort, boolean noRecord) throws IOException {
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("no service jar at " + jar.toAbsolutePath() + " (run mvn -B package)");
        Path dataDir = childData = Files.createTempDirectory("merit-bench-" + d.name() + "-");
        if (!Files.isDirectory(Path.of("rules"))) System.out.println("warning: no ./rules here; run from /work/main");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (d.xmx() != null) cmd.add(d.xmx());
        if (jvmOptions != null) cmd.addAll(List.of(jvmOptions.trim().split("\\s+")));
        cmd.addAll(List.of("-Dcom.sun.management.jmxremote.port=" + jmxPort, "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false",
                "-Djava.rmi.server.hostname=127.0.0.1", "-jar", jar.toString(),
                "--server.port=" + httpPort, "--merit.data-dir=" + dataDir));
        if (noRecord) cmd.add("--merit.decisions.record=false"); // to measure what recording costs
        cmd.addAll(d.serviceArgs());
        Path log = childLog = OUT.resolve(d.name() + "-server.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("MERIT_HR_PASSWORD", PASSWORD);
        pb.environment().put("MERIT_AUTHOR_PASSWORD", PASSWORD);
        pb.environment().put("MERIT_ADMIN_PASSWORD", PASSWORD); // uploading the candidate's .drl needs PUBLISH
        System.out.printf("%s: starting service (%s), log %s%n", d.name(), d.xmx() == null ? "default heap" : d.xmx(), log);
        child = pb.start();
    }

    static void waitHealthy(HttpClient http, String url, Dataset d) throws Exception {
        long start = System.nanoTime(), deadline = start + Duration.ofSeconds(120).toNanos();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            Process p = child;
            if (p != null && !p.isAlive()) throw new IllegalStateException("service exited with code " + p.exitValue() + logTail());
            try {
                if (http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.printf("%s: service healthy after %.1f s%n", d.name(), (System.nanoTime() - start) / 1e9);
                    return;
                }
            } catch (IOException notListeningYet) { /* retry */ }
            Thread.sleep(500);
        }
        throw new IllegalStateException("GET " + url + "/actuator/health not 200 within 120 s" + logTail());
    }

    static String logTail() {
        Path log = childLog;
        if (log == null) return "";
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n--- last lines of " + log + " ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return " (no readable log at " + log + ")";
        }
    }

    static Result measure(HttpClient http, String url, String jmx, Dataset d, Generated g) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/api/v1/decisions/annual"))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("hr:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(g.body())).build();
        boolean verbose = g.body().length > 5_000_000;
        try (Heap heap = Heap.connect(jmx)) {
            long compiled = heap.compileMillis();
            Call first = call(http, req, d, "warm-up 1", verbose);
            String outcomes = countOutcomes(first.body());
            if (d.name().equals("county")) d = d.warmedUp(1 + warmUntilSteady(http, req, d, d.warmup() < 0 ? -1 : d.warmup() - 1));
            else d = d.warmedUp(warmUntilCompiled(http, req, d, "", heap, first.ms(), heap.compileMillis() - compiled));
            heap.resetPeaks();
            double[] ms = new double[d.runs()];
            for (int i = 0; i < ms.length; i++) ms[i] = call(http, req, d, "run " + (i + 1), verbose).ms();
            Arrays.sort(ms);
            Result r = new Result(d, g, median(ms), ms[(int) Math.ceil(0.9 * ms.length) - 1], ms[ms.length - 1],
                    heap.peakSum(), heap.max(), outcomes, List.of(), heap.afterGcPeak());
            printResult(r);
            printRecordSize(d);
            if (d.name().equals("province") && d.xmx().equals("-Xmx1g")) simulate(http, url, jmx, d, g, r.median());
            return r;
        }
    }

    /**
     * A province-scale warm-up ends after the first call during which the JIT compiled for less than
     * this share of the call's time (its compilation time over JMX), after at least
     * {@link #MIN_WARM_UPS} and at most {@link #MAX_WARM_UPS} calls. Measured on two cores (jstat
     * -compiler, a fresh service, the province annual): the JIT compiled for 2.6, 1.2, 0.7, 0.6, 0.3,
     * 0.14 and 0.19 s during calls 1-7, which took 2.3, 1.5, 1.1, 1.1, 0.88, 0.86 and 0.76 s; so
     * calls 3-5, the measured ones after a fixed 2 warm-ups, timed the JIT as much as the decision.
     */
    static final double JIT_SETTLED = 0.2;
    static final int MIN_WARM_UPS = 2, MAX_WARM_UPS = 10;

    /**
     * Warm-up calls after the first ({@code firstMs}, during which the JIT compiled for
     * {@code firstJitMs}) until the JIT has settled ({@link #JIT_SETTLED}); returns how many were made
     * in all. Without JMX (--url without --jmx) the JIT cannot be seen: {@link #MIN_WARM_UPS} calls.
     * Prints each call's time and the JIT's, and the median of calls 3-5 (the measured calls of the
     * fixed 2 warm-ups this benchmark made before), for comparison.
     */
    static int warmUntilCompiled(HttpClient http, HttpRequest req, Dataset d, String what, Heap heap, double firstMs,
            long firstJitMs) throws Exception {
        List<String> calls = new ArrayList<>(List.of(String.format("%.0f (JIT %d)", firstMs, firstJitMs)));
        List<Double> early = new ArrayList<>();
        boolean settled = false;
        int made = 1;
        while (made < MIN_WARM_UPS || heap.canSeeJit() && !settled && made < MAX_WARM_UPS) {
            long before = heap.compileMillis();
            double ms = call(http, req, d, what + "warm-up " + (made + 1), true).ms();
            long jit = heap.compileMillis() - before;
            made++;
            calls.add(String.format("%.0f (JIT %d)", ms, jit));
            if (made >= 3 && made <= 5) early.add(ms);
            settled = made >= MIN_WARM_UPS && jit < JIT_SETTLED * ms;
        }
        System.out.printf("%s: %swarm-up %d calls (%s), ms: %s%s%n", d.name(), what, made, !heap.canSeeJit() ? "JIT not visible"
                : settled ? "JIT settled" : "JIT NOT settled, stopped at " + MAX_WARM_UPS, String.join(", ", calls),
                early.size() == 3 ? String.format("; calls 3-5 median %.1f ms", medianOf(early)) : "");
        return made;
    }

    /**
     * Calls until the service is steady, and returns how many: until the median of the last
     * {@link #STEADY_SPAN} calls is no more than 3 % below that of the {@link #STEADY_SPAN} before,
     * checked every {@link #WINDOW} calls from {@link #STEADY_MIN} on, at most {@link #STEADY_MAX}.
     * The JIT needs hundreds of county calls: after the 10 warm-up calls this benchmark used to make,
     * the county's median was about 28 ms where a warmed service answers it in 10-11 ms (measured:
     * medians of each 50 calls 55, 33, 17, 17, 14, 13.5, 12.7, 12.5, 11.3, 10.8, then 10-11 ms
     * up to 1,500 calls). Comparing single windows stopped too early: 17.1 and 17.1 ms look steady.
     * {@code fixed} >= 0: exactly that many calls instead (--county-warmup), the medians printed alike.
     */
    static int warmUntilSteady(HttpClient http, HttpRequest req, Dataset d, int fixed) throws Exception {
        List<Double> all = new ArrayList<>();
        List<String> medians = new ArrayList<>();
        boolean steady = false;
        while (fixed >= 0 ? all.size() < fixed : all.size() < STEADY_MAX && !steady) {
            int window = fixed >= 0 ? Math.min(WINDOW, fixed - all.size()) : WINDOW;
            for (int i = 0; i < window; i++) all.add(call(http, req, d, "warm-up " + (all.size() + 2), false).ms());
            medians.add(String.format("%.1f", medianOf(all.subList(all.size() - window, all.size()))));
            int n = all.size();
            steady = n >= STEADY_MIN && medianOf(all.subList(n - STEADY_SPAN, n)) >= 0.97 * medianOf(all.subList(n - 2 * STEADY_SPAN, n - STEADY_SPAN));
        }
        System.out.printf("%s: warm-up %d calls (%s): medians of each %d: %s ms%n", d.name(), 1 + all.size(), fixed >= 0 ? "fixed"
                : steady ? "steady" : "NOT steady, stopped at " + STEADY_MAX, WINDOW, String.join(", ", medians));
        return all.size();
    }

    static double medianOf(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return median(sorted);
    }

    /** The decision record's size on disk (data/decisions, WAL included) per recorded decision, when this run started the service. */
    static void printRecordSize(Dataset d) throws IOException {
        Path folder = childData == null ? null : childData.resolve("decisions");
        if (folder == null || !Files.isDirectory(folder)) return;
        long bytes;
        try (var files = Files.list(folder)) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        int decisions = d.warmup() + d.runs();
        System.out.printf("%s: decision record %,d bytes on disk for %d decisions = %,d bytes per decision%n",
                d.name(), bytes, decisions, bytes / decisions);
    }

    /**
     * Issue 16's target (issue 5's was 2 x): a what-if simulation over the same dataset (baseline =
     * active version, candidate = the active files with a comment added to one DRL file, so both
     * sides do the full work) should take at most 1.3 x one annual decision, measured alike: after
     * warm-up calls until the JIT has settled, as for the annual ({@link #warmUntilCompiled}; the
     * candidate's rules are new code for the JIT), the median of 3.
     */
    static void simulate(HttpClient http, String url, String jmx, Dataset d, Generated g, double annualMedian) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String boundary = "bench-" + System.nanoTime();
        String drl = Files.readString(Path.of("rules", "annual-vetoes.drl")) + "\n// benchmark candidate\n";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"annual-vetoes.drl\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + drl + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/rulesets"))
                .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{12})\"").matcher(uploaded.body());
        if (uploaded.statusCode() != 201 || !id.find()) throw new IllegalStateException("candidate upload failed: " + uploaded.body());
        byte[] head = ("{\"candidate\":\"" + id.group(1) + "\",\"annual\":").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + g.body().length + 1];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(g.body(), 0, body, head.length, g.body().length);
        body[body.length - 1] = '}';
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/api/v1/simulations")).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try (Heap heap = Heap.connect(jmx)) {
            long compiled = heap.compileMillis();
            Call first = call(http, req, d, "simulation warm-up 1", true);
            warmUntilCompiled(http, req, d, "simulation ", heap, first.ms(), heap.compileMillis() - compiled);
        }
        double[] ms = new double[3];
        for (int i = 0; i < ms.length; i++) ms[i] = call(http, req, d, "simulation " + (i + 1), true).ms();
        Arrays.sort(ms);
        double median = median(ms);
        System.out.printf("%s: simulation median %.1f ms = %.2f x the annual median %.1f ms (target <= 1.30) -> %s%n",
                d.name(), median, median / annualMedian, annualMedian, median <= 1.3 * annualMedian ? "PASS" : "MISS");
    }

    record Call(String body, double ms) {}

    static Call call(HttpClient http, HttpRequest req, Dataset d, String label, boolean verbose) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        double ms = (System.nanoTime() - t0) / 1e6;
        String body = resp.body();
        if (resp.statusCode() != 200)
            throw new IllegalStateException(String.format("%s after %.0f ms: HTTP %d: ", label, ms, resp.statusCode())
                    + body.substring(0, Math.min(body.length(), 600))
                    + (resp.statusCode() == 401 ? " (does the service run with MERIT_HR_PASSWORD=" + PASSWORD + "?)" : ""));
        String expected = req.uri().getPath().endsWith("/simulations") ? "\"candidate\"" : "\"ruleSet\"";
        if (!body.contains(expected)) throw new IllegalStateException(label + ": answer has no " + expected);
        if (verbose) System.out.printf("  %s %s: %.0f ms, answer %.1f MB%n", d.name(), label, ms, body.length() / 1e6);
        return new Call(body, ms);
    }

    /** Rough text count (no JSON parser): outcomes per code, and subjects listed / with any outcome. */
    static String countOutcomes(String answer) {
        Map<String, Integer> codes = new TreeMap<>();
        Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]*)\"").matcher(answer);
        while (m.find()) codes.merge(m.group(1), 1, Integer::sum);
        int c = answer.indexOf("\"cadres\""), u = answer.indexOf("\"units\"");
        String cadres = c < 0 ? "" : answer.substring(c, u > c ? u : answer.length());
        String units = u < 0 ? "" : answer.substring(u, c > u ? c : answer.length());
        return String.format("cadres with any outcome: %,d of %,d listed; units: %,d of %,d; %,d outcomes %s",
                withOutcome(cadres), count(cadres, "\"id\""), withOutcome(units), count(units, "\"id\""),
                codes.values().stream().mapToInt(Integer::intValue).sum(), codes);
    }

    static int withOutcome(String section) {
        return count(section, "\"id\"") - (int) Pattern.compile("\"outcomes\"\\s*:\\s*\\[\\s*]").matcher(section).results().count();
    }

    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) n++;
        return n;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    // ---------------------------------------------------------------- heap over JMX

    /** Heap pools of the service over JMX; a no-op when no JMX address is known. */
    static final class Heap implements AutoCloseable {
        private final JMXConnector connector;
        private final MBeanServerConnection conn;

        private final AtomicLong afterGc = new AtomicLong();

        private Heap(JMXConnector connector) throws IOException {
            this.connector = connector;
            this.conn = connector == null ? null : connector.getMBeanServerConnection();
            if (conn == null) return;
            Set<String> heapPools = new HashSet<>();
            heapPools().forEach(p -> heapPools.add(p.getName()));
            try {
                // after every collection, the heap pools' usage: what stayed reachable (with old garbage not yet collected)
                for (ObjectName gc : conn.queryNames(new ObjectName("java.lang:type=GarbageCollector,name=*"), null)) {
                    conn.addNotificationListener(gc, (notification, handback) -> {
                        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                        afterGc.accumulateAndGet(used, Math::max);
                    }, null, null);
                }
            } catch (JMException e) {
                throw new IOException(e);
            }
        }

        /** Whether the JIT's compilation time can be read ({@link #compileMillis}). */
        boolean canSeeJit() throws IOException {
            return conn != null && ManagementFactory.getPlatformMXBean(conn, CompilationMXBean.class).isCompilationTimeMonitoringSupported();
        }

        /** How long the service's JIT has compiled so far (summed over its compiler threads), in ms; 0 without JMX. */
        long compileMillis() throws IOException {
            return canSeeJit() ? ManagementFactory.getPlatformMXBean(conn, CompilationMXBean.class).getTotalCompilationTime() : 0;
        }

        /** The most heap in use just after a collection since {@link #resetPeaks}; -1 without JMX. */
        long afterGcPeak() { return conn == null ? -1 : afterGc.get(); }

        static Heap connect(String hostPort) throws IOException {
            if (hostPort == null) return new Heap(null);
            return new Heap(JMXConnectorFactory.connect(new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + hostPort + "/jmxrmi")));
        }

        List<MemoryPoolMXBean> heapPools() throws IOException {
            return ManagementFactory.getPlatformMXBeans(conn, MemoryPoolMXBean.class).stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
        }

        void resetPeaks() throws IOException { if (conn != null) heapPools().forEach(MemoryPoolMXBean::resetPeakUsage); afterGc.set(0); }

        long peakSum() throws IOException { return conn == null ? -1 : heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum(); }

        long max() throws IOException { return conn == null ? -1 : ManagementFactory.getPlatformMXBean(conn, MemoryMXBean.class).getHeapMemoryUsage().getMax(); }

        @Override public void close() throws IOException { if (connector != null) connector.close(); }
    }

    // ---------------------------------------------------------------- report

    static void printResult(Result r) {
        System.out.printf("%s: %s%n", r.d().name(), r.outcomes());
        System.out.printf("%s: %d warm-up + %d measured calls: median %.1f ms, p90 %.1f ms, max %.1f ms; peak heap %s, max heap %s,"
                + " after GC at most %s -> %s%n", r.d().name(), r.d().warmup(), r.d().runs(), r.median(), r.p90(), r.max(),
                mib(r.peakHeap()), mib(r.maxHeap()), mib(r.afterGc()), verdict(r));
    }

    static void printSummary(List<Result> results, List<String> errors) {
        System.out.println();
        System.out.printf("%-9s %8s %6s %8s %7s %9s %9s %9s %10s %9s  %s%n", "dataset", "cadres", "units", "records",
                "req MB", "median ms", "p90 ms", "max ms", "peak heap", "max heap", "target");
        for (Result r : results)
            if (!Double.isNaN(r.median())) System.out.printf("%-9s %8d %6d %8d %7.2f %9.1f %9.1f %9.1f %10s %9s  median <= %.0f ms%s: %s%n",
                    r.d().name(), r.g().cadres(), r.g().units(), r.g().records(), r.g().body().length / 1e6,
                    r.median(), r.p90(), r.max(), mib(r.peakHeap()), mib(r.maxHeap()), r.d().targetMs(),
                    r.d().xmx() == null ? "" : " with " + r.d().xmx(), verdict(r));
        System.out.println();
        System.out.printf("%-9s %-17s %5s %10s %10s %10s %10s %10s%n", "dataset", "documents, Accept", "runs", "median ms", "p90 ms",
                "max ms", "answer MB", "peak heap");
        for (Result r : results)
            for (DocumentsResult doc : r.documents())
                System.out.printf("%-9s %-17s %5d %10.1f %10.1f %10.1f %10.2f %10s%n", r.d().name(), doc.accept(), doc.runs(), doc.median(),
                        doc.p90(), doc.max(), doc.answerMb(), mib(doc.peakHeap()));
        errors.forEach(e -> System.out.println("ERROR " + e));
        System.out.println("(peak heap = sum of the HEAP pools' peak usage during the measured calls; pools peak at different"
                + " moments, so this is an upper bound of the real peak)");
    }

    static String verdict(Result r) {
        String v = r.median() <= r.d().targetMs() ? "PASS" : "MISS";
        if (!"-Xmx1g".equals(r.d().xmx())) return v;
        if (r.maxHeap() < 0) return v + " (max heap not known: pass --jmx)";
        return r.maxHeap() > (1L << 30) ? v + " (but max heap is above 1 GiB)" : v;
    }

    static String mib(long bytes) { return bytes < 0 ? "n/a" : String.format("%.0f MiB", bytes / 1048576.0); }

    // ---------------------------------------------------------------- process helpers

    /** Ports handed out by {@link #freePort}, never handed out twice. */
    static final Set<Integer> PORTS_GIVEN = new HashSet<>();

    /**
     * A free port below Linux's ephemeral range (32768-60999): a port the system picked there was
     * sometimes taken by an outgoing connection in the seconds before the service bound it
     * ("Port 33147 was already in use"). The same as {@code Targets.freePort}: a single-file program
     * ({@code java bench/X.java}) cannot use another's code.
     */
    static synchronized int freePort() throws IOException {
        Random random = new Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            if (PORTS_GIVEN.contains(port)) continue;
            try (ServerSocket s = new ServerSocket(port)) {
                PORTS_GIVEN.add(port);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port in 20000-31999");
    }

    static synchronized void killChild() {
        Process p = child;
        child = null;
        if (p != null) {
            p.destroy();
            try {
                if (!p.waitFor(15, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (childData != null) deleteTree(childData);
        childData = null;
    }

    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("warning: could not delete " + dir);
        }
    }
}
