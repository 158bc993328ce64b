/*
 * Issue 16's targets ("Province-scale speed") measured on this machine, printed as one Markdown
 * table: measure | target | measured | met? (JDK 17 only, no dependencies; `wrk` for the
 * single-cadre row, `apt-get install -y wrk`).
 *
 * Usage, from the project folder after `mvn -B package -DskipTests`:
 *   java bench/Targets.java [--runs N] [--only start,upload,publish,quarterly,wrk,county,province,heap,million]
 *        [--jar target/merit-archive.jar] [--jvm-options "-XX:+UseParallelGC"]
 *
 * What it does, per --only item (default: all):
 *   start      starts the jar on a fresh data dir (the first start compiles the shipped rules and
 *              fills the compile cache), stops it, then restarts it --runs times on that data dir:
 *              time from spawning `java -jar` to GET /actuator/health answering 200, median.
 *   upload     on one service (-Xmx1g), --runs uploads of the shipped annual-vetoes.drl with a
 *              different comment (a new version each: compiled, its test scenarios run, stored),
 *              after one warm-up: median time of POST /api/v1/rulesets.
 *   publish    publishes two uploaded versions alternately --runs times (PUT /api/v1/rulesets/active)
 *              while 4 threads send single-cadre annual decisions; median and failed requests.
 *   quarterly  the province (target/bench/province.json, written by AnnualBenchmark) with the
 *              quarterly endpoint: its 2017 Q4 rankings (16,700 assessments, groups of 5) over the
 *              records of 2016 Q4 - 2017 Q3; warm-up calls until the JIT settles (as the province
 *              annual's: at least 2, until one during which the JIT compiled for less than a fifth
 *              of its time, `jstat -compiler`), then --runs calls, median. The row also gives the
 *              median of calls 3-5 (the measured ones of the fixed 2 warm-ups used before).
 *   wrk        `wrk -c16 -t2 -d10s` against GET /actuator/health and POST a single-cadre annual
 *              decision on the same server, three pairs back to back in turns of order; the median
 *              pair's ratio of requests per second.
 *   county, province, million
 *              run bench/AnnualBenchmark.java (a service of its own each) and read its figures:
 *              county median (10 x --runs calls), province median, simulation/annual ratio and
 *              the heap in use after collections, and the 1,000,000-cadre request in -Xmx2g against
 *              5 x the province median.
 *   heap       the province again in a 512 MB heap (-Xmx488m): met when it decides there with a
 *              median at most 1.25 x its -Xmx1g median (the province row's; run it first). The heap
 *              pools' peaks with -Xmx1g say only how far G1 lets the young generation grow.
 * Exit code 1 on an error; a missed target still exits 0.
 */
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Targets {

    static final String PASSWORD = "bench-secret";
    static final Path OUT = Path.of("target", "bench");
    static final Set<String> ITEMS = Set.of("start", "upload", "publish", "quarterly", "wrk", "county", "province", "heap", "million");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final List<Process> services = new ArrayList<>();
    static final List<Path> dataDirs = new ArrayList<>();
    static final Map<String, String[]> rows = new LinkedHashMap<>(); // measure -> {target, measured, met}
    static final List<String> errors = new ArrayList<>();
    static Path jar;
    static int runs;
    /** --jvm-options: more options for every service's JVM (separated by spaces), e.g. "-XX:+UseParallelGC". */
    static List<String> jvmOptions = List.of();

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) opt.put(args[i], args[i + 1]);
        if (args.length % 2 == 1 || !Set.of("--runs", "--only", "--jar", "--jvm-options").containsAll(opt.keySet())) {
            System.err.println("usage: java bench/Targets.java [--runs N] [--only " + String.join(",", ITEMS) + "] [--jar PATH]"
                    + " [--jvm-options \"OPTS\"]");
            System.exit(2);
        }
        runs = Integer.parseInt(opt.getOrDefault("--runs", "5"));
        jar = Path.of(opt.getOrDefault("--jar", "target/merit-archive.jar"));
        if (opt.containsKey("--jvm-options")) jvmOptions = List.of(opt.get("--jvm-options").trim().split("\\s+"));
        List<String> only = List.of(opt.getOrDefault("--only", String.join(",", List.of("start", "upload", "publish",
                "quarterly", "wrk", "county", "province", "heap", "million"))).split(","));
        if (!ITEMS.containsAll(only)) throw new IllegalArgumentException("--only takes " + ITEMS);
        Runtime.getRuntime().addShutdownHook(new Thread(Targets::stopAll));
        Files.createDirectories(OUT);
        for (String item : List.of("start", "upload", "publish", "quarterly", "wrk", "county", "province", "heap", "million")) {
            if (!only.contains(item)) continue;
            try {
                switch (item) {
                    case "start" -> start();
                    case "upload" -> withService(Targets::upload);
                    case "publish" -> withService(Targets::publish);
                    case "quarterly" -> quarterly(service());
                    case "wrk" -> withService(Targets::wrk);
                    case "heap" -> annualBenchmark("province", "488m");
                    default -> annualBenchmark(item);
                }
            } catch (Exception e) {
                errors.add(item + ": " + e);
                System.out.println("ERROR " + item + ": " + e);
            } finally {
                stopAll();
            }
        }
        System.out.printf("%n%d cores, load average before the table %.1f, --runs %d%n%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs);
        System.out.println("| measure | target | measured | met? |");
        System.out.println("|---|---|---|---|");
        rows.forEach((measure, r) -> System.out.printf("| %s | %s | %s | %s |%n", measure, r[0], r[1], r[2]));
        errors.forEach(e -> System.out.println("ERROR " + e));
        System.exit(errors.isEmpty() ? 0 : 1);
    }

    // ---------------------------------------------------------------- rows

    static void start() throws Exception {
        Path data = Files.createTempDirectory("merit-targets-start-");
        dataDirs.add(data);
        double first = timeToHealthy(data, List.of());
        System.out.printf("start: first start (compiles, fills the compile cache) %.2f s%n", first);
        double[] s = new double[runs];
        for (int i = 0; i < runs; i++) {
            s[i] = timeToHealthy(data, List.of());
            System.out.printf("start: restart %d %.2f s%n", i + 1, s[i]);
        }
        double median = median(s);
        row("start to healthy (restart, compile cache filled)", "≤ 6 s", String.format("%.2f s (%s); first start %.2f s",
                median, range(s, "s"), first), median <= 6);
    }

    static double timeToHealthy(Path data, List<String> jvm) throws Exception {
        int port = freePort();
        long t0 = System.nanoTime();
        Process p = spawn(data, port, jvm);
        waitHealthy(p, "http://127.0.0.1:" + port);
        double s = (System.nanoTime() - t0) / 1e9;
        stop(p);
        return s;
    }

    interface Measurement {
        void run(String url) throws Exception;
    }

    /** A service with -Xmx1g on a fresh data dir for one measurement. */
    static void withService(Measurement measurement) throws Exception {
        measurement.run(service().url());
    }

    /** A running service: its process (for its JIT figures) and URL. */
    record Service(Process process, String url) {}

    /** A service with -Xmx1g on a fresh data dir, healthy. */
    static Service service() throws Exception {
        Path data = Files.createTempDirectory("merit-targets-");
        dataDirs.add(data);
        int port = freePort();
        Process p = spawn(data, port, List.of("-Xmx1g"));
        String url = "http://127.0.0.1:" + port;
        waitHealthy(p, url);
        return new Service(p, url);
    }

    static void upload(String url) throws Exception {
        uploadVersion(url, "warm-up");
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            uploadVersion(url, "upload " + i + " " + System.nanoTime());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            System.out.printf("upload: %d %.0f ms%n", i + 1, ms[i]);
        }
        double median = median(ms);
        row("upload → compiled → scenarios run, shipped rule set", "≤ 1.0 s", String.format("%.2f s (%s)", median / 1000,
                range(ms, "ms")), median <= 1000);
    }

    static void publish(String url) throws Exception {
        String a = activeId(url);
        String b = uploadVersion(url, "publish candidate " + System.nanoTime());
        byte[] single = singleCadre();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger ok = new AtomicInteger(), failed = new AtomicInteger();
        List<Thread> load = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        int status = HTTP.send(decide(url, single), HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            thread.start();
            load.add(thread);
        }
        Thread.sleep(2000);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            String id = i % 2 == 0 ? b : a;
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/rulesets/active"))
                    .header("Authorization", basic("admin")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) throw new IllegalStateException("publish " + id + ": HTTP " + r.statusCode() + " " + r.body());
            System.out.printf("publish: %d %.1f ms%n", i + 1, ms[i]);
            Thread.sleep(500);
        }
        Thread.sleep(1000);
        running.set(false);
        for (Thread thread : load) thread.join();
        double median = median(ms);
        row("publish of an uploaded version (pointer swap)", "≤ 50 ms, 0 failed requests", String.format(
                "%.1f ms (%s); %d failed of %,d decisions meanwhile (4 threads)", median, range(ms, "ms"), failed.get(),
                ok.get() + failed.get()), median <= 50 && failed.get() == 0);
    }

    /**
     * A province-scale row's warm-up ends after the first call during which the JIT compiled for less
     * than this share of the call's time, after at least {@link #MIN_WARM_UPS} and at most
     * {@link #MAX_WARM_UPS} calls: as AnnualBenchmark warms up for the province annual (see its
     * warmUntilCompiled). A fresh service's JIT compiled for several seconds over its first three
     * quarterly calls; after a fixed 2 warm-ups, the measured calls timed it as much as the decision.
     */
    static final double JIT_SETTLED = 0.2;
    static final int MIN_WARM_UPS = 2, MAX_WARM_UPS = 10;

    static void quarterly(Service service) throws Exception {
        byte[] body = provinceQuarter();
        HttpRequest req = HttpRequest.newBuilder(URI.create(service.url() + "/api/v1/decisions/quarterly")).timeout(Duration.ofMinutes(10))
                .header("Authorization", basic("hr")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        List<String> warmUps = new ArrayList<>();
        List<Double> early = new ArrayList<>(); // calls 3-5: the measured calls after the fixed 2 warm-ups made before
        boolean settled = false;
        int made = 0;
        while (made < MIN_WARM_UPS || !settled && made < MAX_WARM_UPS) {
            long compiled = compileMillis(service.process());
            long t0 = System.nanoTime();
            HttpResponse<String> r = quarterlyCall(req);
            double took = (System.nanoTime() - t0) / 1e6;
            long jit = compileMillis(service.process()) - compiled;
            if (made++ == 0) System.out.printf("quarterly: %.1f MB request, answer %.1f MB, %d new records, %d cancellations%n",
                    body.length / 1e6, r.body().length() / 1e6, count(r.body(), "\"assessmentId\"") - count(r.body(), "\"recordId\""),
                    count(r.body(), "\"recordId\""));
            if (made >= 3 && made <= 5) early.add(took);
            warmUps.add(String.format("%.0f (JIT %d)", took, jit));
            settled = jit < JIT_SETTLED * took;
        }
        System.out.printf("quarterly: warm-up %d calls (%s), ms: %s%n", made, settled ? "JIT settled" : "JIT NOT settled, stopped at "
                + MAX_WARM_UPS, String.join(", ", warmUps));
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            quarterlyCall(req);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            System.out.printf("quarterly: run %d %.0f ms%n", i + 1, ms[i]);
        }
        double median = median(ms);
        String before = early.size() == 3 ? String.format("; calls 3-5 of the warm-up %.2f s", median(early.stream()
                .mapToDouble(Double::doubleValue).toArray()) / 1000) : "";
        row("province quarterly (2017 Q4: 16,700 assessments, 200,000 cadres), -Xmx1g", "≤ 1.0 s",
                String.format("%.2f s (%s) after %d warm-ups%s", median / 1000, range(ms, "ms"), made, before), median <= 1000);
    }

    static HttpResponse<String> quarterlyCall(HttpRequest req) throws Exception {
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("quarterly: HTTP " + r.statusCode() + " "
                + r.body().substring(0, Math.min(600, r.body().length())));
        return r;
    }

    /** How long the service's JIT has compiled so far, in ms (jstat -compiler: its Time column, in seconds). */
    static long compileMillis(Process service) throws Exception {
        Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-compiler",
                String.valueOf(service.pid())).redirectErrorStream(true).start();
        String out = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String[] last = out.substring(out.lastIndexOf('\n') + 1).trim().split("\\s+");
        if (jstat.waitFor() != 0 || !out.startsWith("Compiled") || last.length < 4) {
            throw new IllegalStateException("jstat -compiler " + service.pid() + " gave: " + out);
        }
        return Math.round(Double.parseDouble(last[3]) * 1000);
    }

    static void wrk(String url) throws Exception {
        Path script = OUT.resolve("single-cadre.lua");
        String body = new String(singleCadre(), StandardCharsets.UTF_8).replace("\\", "\\\\").replace("\"", "\\\"");
        Files.writeString(script, "wrk.method = \"POST\"\nwrk.body = \"" + body + "\"\n"
                + "wrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.headers[\"Authorization\"] = \"" + basic("hr") + "\"\n");
        wrkRps(url + "/actuator/health", null); // warm-up of both
        wrkRps(url + "/api/v1/decisions/annual", script);
        // three pairs, each measured back to back and in turns of order (health first, then the single
        // cadre first), so that the machine's speed, which other tenants move by 2x within minutes, moves
        // both figures of a pair alike; the row is the median pair's ratio
        double[][] pairs = new double[WRK_PAIRS][];
        for (int i = 0; i < WRK_PAIRS; i++) {
            double health;
            double single;
            if (i % 2 == 0) {
                health = wrkRps(url + "/actuator/health", null);
                single = wrkRps(url + "/api/v1/decisions/annual", script);
            } else {
                single = wrkRps(url + "/api/v1/decisions/annual", script);
                health = wrkRps(url + "/actuator/health", null);
            }
            pairs[i] = new double[] {single / health, single, health};
        }
        Arrays.sort(pairs, Comparator.comparingDouble(pair -> pair[0]));
        double[] median = pairs[WRK_PAIRS / 2];
        StringBuilder all = new StringBuilder();
        for (double[] pair : pairs) {
            all.append(all.length() == 0 ? "" : ", ").append(String.format("%.0f", 100 * pair[0]));
        }
        row("single-cadre calls/s vs GET /actuator/health (wrk, 16 connections, 10 s)", "≥ 70 %", String.format(
                "%.0f %% (%,.0f vs %,.0f per second; median of %d pairs: %s %%)", 100 * median[0], median[1], median[2],
                WRK_PAIRS, all), median[0] >= 0.7);
    }

    static final int WRK_PAIRS = 3;

    static double wrkRps(String target, Path script) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c16", "-d10s"));
        if (script != null) cmd.addAll(List.of("-s", script.toString()));
        cmd.add(target);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("Requests/sec:\\s*([0-9.]+)").matcher(out);
        if (!m.find()) throw new IllegalStateException("wrk: " + out);
        if (out.contains("Non-2xx")) throw new IllegalStateException("wrk saw failed requests: " + out);
        System.out.printf("wrk %s: %s/s%n", target, m.group(1));
        return Double.parseDouble(m.group(1));
    }

    /** The figures of bench/AnnualBenchmark.java for one dataset, read from its output. */
    static void annualBenchmark(String dataset) throws Exception {
        annualBenchmark(dataset, null);
    }

    /** @param heap the province's -Xmx, for the heap row (null: -Xmx1g, the province rows) */
    static void annualBenchmark(String dataset, String heap) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "bench/AnnualBenchmark.java", "--only", dataset, "--no-documents", "--jar", jar.toString()));
        if (!jvmOptions.isEmpty()) cmd.addAll(List.of("--jvm-options", String.join(" ", jvmOptions)));
        if (heap != null) cmd.addAll(List.of("--province-xmx", heap));
        switch (dataset) {
            case "county" -> cmd.addAll(List.of("--county-runs", String.valueOf(10 * runs)));
            case "province" -> cmd.addAll(List.of("--province-runs", String.valueOf(runs)));
            default -> cmd.addAll(List.of("--million-runs", String.valueOf(Math.max(1, Math.min(runs, 3)))));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                System.out.println("  | " + line);
                out.append(line).append('\n');
            }
        }
        if (p.waitFor() != 0) throw new IllegalStateException("AnnualBenchmark " + dataset + " failed");
        Matcher m = Pattern.compile(dataset + ": \\d+ warm-up \\+ (\\d+) measured calls: median ([0-9.]+) ms, p90 ([0-9.]+) ms, max "
                + "([0-9.]+) ms; peak heap (\\S+ MiB|n/a), max heap \\S+ MiB, after GC at most (\\S+ MiB|n/a)").matcher(out);
        if (!m.find()) throw new IllegalStateException("no median in AnnualBenchmark's output");
        double median = Double.parseDouble(m.group(2));
        Matcher warm = Pattern.compile(dataset + ": warm-up (\\d+) calls \\(([^)]*)\\)[^;\\n]*(?:; calls 3-5 median ([0-9.]+) ms)?").matcher(out);
        String warmUp = !warm.find() ? "" : String.format(" after %s warm-ups (%s)%s", warm.group(1), warm.group(2),
                warm.group(3) == null ? "" : "; calls 3-5 of the warm-up " + warm.group(3) + " ms");
        String figures = String.format("median %s ms, p90 %s ms (%s calls)%s", m.group(2), m.group(3), m.group(1), warmUp);
        switch (dataset) {
            case "county" -> row("county annual median", "≤ 15 ms", figures, median <= 15);
            case "province" -> {
                if (heap != null) {
                    Path provinceFile = OUT.resolve("province-median-ms");
                    double wide = Files.exists(provinceFile) ? Double.parseDouble(Files.readString(provinceFile)) : Double.NaN;
                    row("peak heap for the province: decided in -Xmx" + heap + " (512 MB)", "≤ 512 MB",
                            figures + String.format(", against %.0f ms in -Xmx1g; after a collection at most %s in use (%s)",
                                    wide, m.group(6), Files.exists(OUT.resolve("province-heap"))
                                            ? Files.readString(OUT.resolve("province-heap")) : "no -Xmx1g figure"),
                            median <= 1.25 * wide);
                    return;
                }
                Files.writeString(OUT.resolve("province-median-ms"), m.group(2));
                row("province annual median over HTTP, -Xmx1g", "≤ 1.0 s", figures, median <= 1000);
                Matcher sim = Pattern.compile("simulation median ([0-9.]+) ms = ([0-9.]+) x").matcher(out);
                if (sim.find()) row("simulation / annual on the same data", "≤ 1.3 ×", String.format("%s × (simulation median %s ms)",
                        sim.group(2), sim.group(1)), Double.parseDouble(sim.group(2)) <= 1.3);
                Files.writeString(OUT.resolve("province-heap"), "in -Xmx1g: " + m.group(6) + " in use just after a collection at"
                        + " most (old garbage included), the heap pools' peaks adding up to " + m.group(5));
            }
            default -> {
                Path provinceFile = OUT.resolve("province-median-ms");
                double province = Files.exists(provinceFile) ? Double.parseDouble(Files.readString(provinceFile)) : Double.NaN;
                row("1,000,000 cadres in -Xmx2g", "≤ 5 × the province time", figures + (Double.isNaN(province) ? ""
                        : String.format(" = %.1f × the province median %.0f ms", median / province, province)),
                        median <= 5 * province);
            }
        }
    }

    // ---------------------------------------------------------------- requests

    /** The province with its 2017 Q4 rankings: units and cadres of province.json, its records before 2017 Q4. */
    static byte[] provinceQuarter() throws Exception {
        Path province = OUT.resolve("province.json");
        if (!Files.exists(province)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "bench/AnnualBenchmark.java", "--only", "province", "--write-only").inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException("could not write " + province);
        }
        String annual = Files.readString(province);
        int records = annual.indexOf("\"records\":[");
        String head = annual.substring(annual.indexOf("\"units\":"), annual.lastIndexOf(",\"records\":["));
        List<String> earlier = new ArrayList<>();
        for (String record : annual.substring(records + 11, annual.lastIndexOf(']')).split("(?<=}),(?=\\{)")) {
            if (!record.contains("\"year\":2017,\"quarter\":4")) earlier.add(record);
        }
        Matcher units = Pattern.compile("\"id\":\"(U\\d+)\"").matcher(head);
        int unitCount = (int) units.results().count();
        int cadreCount = count(head, "\"unitId\"");
        Random rnd = new Random(2017_4);
        String[] roles = {"LEADER", "COORDINATOR", "BUSINESS_LEAD", "MEMBER", "MEMBER"};
        StringBuilder sb = new StringBuilder(annual.length() + 16_700 * 400);
        sb.append("{\"year\":2017,\"quarter\":4,").append(head).append(",\"assessments\":[");
        for (int i = 0; i < 16_700; i++) {
            String indicator = String.format("IND%03d", i);
            sb.append(i == 0 ? "" : ",").append("{\"id\":\"2017Q4-").append(indicator).append("\",\"keyWork\":\"KW").append(i % 10)
              .append("\",\"task\":\"task ").append(i).append("\",\"indicator\":\"").append(indicator).append("\",\"rank\":")
              .append(1 + rnd.nextInt(10)).append(",\"rankedCount\":10,\"leadUnitId\":\"")
              .append(String.format("U%04d", rnd.nextInt(unitCount))).append("\",\"group\":[");
            int[] members = rnd.ints(0, cadreCount).distinct().limit(5).toArray();
            for (int g = 0; g < 5; g++) {
                sb.append(g == 0 ? "" : ",").append("{\"cadreId\":\"").append(String.format("C%06d", members[g]))
                  .append("\",\"role\":\"").append(roles[g]).append("\"}");
            }
            sb.append("]}");
        }
        sb.append("],\"records\":[").append(String.join(",", earlier)).append("]}");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] singleCadre() {
        return ("{\"year\":2017,\"units\":[{\"id\":\"U1\",\"name\":\"u\",\"kind\":\"COUNTY\"}],\"cadres\":[{\"id\":\"C1\",\"name\":\"c\","
                + "\"unitId\":\"U1\",\"managedBy\":\"ORG_DEPT\"}],\"records\":[{\"id\":\"R1\",\"subjectType\":\"CADRE\",\"subjectId\":\"C1\","
                + "\"type\":\"PERFORMANCE\",\"year\":2017,\"quarter\":2,\"indicator\":\"I1\"},{\"id\":\"R2\",\"subjectType\":\"CADRE\","
                + "\"subjectId\":\"C1\",\"type\":\"PERFORMANCE\",\"year\":2017,\"quarter\":3,\"indicator\":\"I2\"}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static HttpRequest decide(String url, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url + "/api/v1/decisions/annual")).header("Authorization", basic("hr"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** Uploads the shipped annual-vetoes.drl with a comment (a new version): its id. */
    static String uploadVersion(String url, String comment) throws Exception {
        String boundary = "targets-" + System.nanoTime();
        String drl = Files.readString(Path.of("rules", "annual-vetoes.drl")) + "\n// " + comment + "\n";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"annual-vetoes.drl\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + drl + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/rulesets"))
                .header("Authorization", basic("admin")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{12})\"").matcher(r.body());
        if (r.statusCode() != 201 || !id.find()) throw new IllegalStateException("upload: HTTP " + r.statusCode() + " " + r.body());
        return id.group(1);
    }

    static String activeId(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(decide(url, singleCadre()), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"ruleSet\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f]{12})\"").matcher(r.body());
        if (!id.find()) throw new IllegalStateException("no rule set in " + r.body());
        return id.group(1);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- services

    static Process spawn(Path data, int port, List<String> jvm) throws IOException {
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("no jar at " + jar + " (mvn -B package -DskipTests)");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--merit.data-dir=" + data));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(OUT.resolve("targets-server.log").toFile());
        for (String user : List.of("HR", "AUTHOR", "ADMIN")) pb.environment().put("MERIT_" + user + "_PASSWORD", PASSWORD);
        Process p = pb.start();
        services.add(p);
        return p;
    }

    static void waitHealthy(Process p, String url) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new IllegalStateException("the service exited; see " + OUT.resolve("targets-server.log"));
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("not healthy within 120 s");
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        services.remove(p);
    }

    static synchronized void stopAll() {
        for (Process p : new ArrayList<>(services)) {
            try {
                stop(p);
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }
        for (Path dir : dataDirs) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                System.out.println("warning: could not delete " + dir);
            }
        }
        dataDirs.clear();
    }

    /** Ports handed out by {@link #freePort}, never handed out twice. */
    static final Set<Integer> PORTS_GIVEN = new HashSet<>();

    /**
     * A free port below Linux's ephemeral range (32768-60999): a port the system picked there was
     * sometimes taken by an outgoing connection in the seconds before the service bound it
     * ("Port 33147 was already in use"). The same as {@code AnnualBenchmark.freePort}: a single-file program
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

    // ---------------------------------------------------------------- figures

    static void row(String measure, String target, String measured, boolean met) {
        rows.put(measure, new String[] {target, measured, met ? "yes" : "**no**"});
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String range(double[] values, String unit) {
        double min = Arrays.stream(values).min().orElse(Double.NaN), max = Arrays.stream(values).max().orElse(Double.NaN);
        return unit.equals("s") ? String.format("%.2f-%.2f s, %d runs", min, max, values.length)
                : String.format("%.0f-%.0f ms, %d runs", min, max, values.length);
    }

    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) n++;
        return n;
    }
}
