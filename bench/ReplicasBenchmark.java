/*
 * Several replicas on one PostgreSQL database (issue 15, point 6): county annual decisions per second
 * through one replica and round-robin over two, and the time from a publish on replica 1 to the moment
 * the last replica answers with the new version (JDK 17 only, no dependencies).
 *
 * Usage, from the project folder after `mvn -B package -DskipTests` and
 * `java bench/AnnualBenchmark.java --write-only` (which writes target/bench/county.json), with
 * PostgreSQL running and a role that may create databases (README "Running several replicas"):
 *   java bench/ReplicasBenchmark.java [--threads 8] [--seconds 20] [--rounds 2] [--warmup-seconds 30] [--publishes 5]
 *        [--poll-ms 15] [--jar target/merit-archive.jar] [--ports 18491,18492]
 *        [--pg-host localhost] [--pg-port 5432] [--pg-user merit] [--pg-password merit]
 *
 * What it does: creates a fresh database merit_bench_<time> (with psql, as --pg-user), starts replica 1
 * of the jar with --merit.store=postgres and -Xmx1g and warms it up with N client threads sending the
 * county request (1,500 cadres); then starts replica 2 on the same database and warms both up
 * round-robin. Then it measures decisions/s for --seconds through replica 1 alone and round-robin over
 * both, alternately (1 2 2 1 ...), --rounds times each (replica 2 idles while replica 1 is measured alone). Then,
 * with both running: downloads the active version's annual-vetoes.drl, uploads it with a comment added
 * (another sha256, the same rules) on replica 1 as admin, waits 3 s (every replica precompiles an upload), and publishes the two versions alternately
 * on replica 1 (--publishes times), polling both replicas every --poll-ms with the small example
 * request until each answers with the version just published. Prints one table; stops the replicas
 * and drops the database whatever happens. Exit code 1 on an error (a failed request included).
 */
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class ReplicasBenchmark {

    static {
        // the client drops a pooled connection after 10 s idle, before Tomcat closes it (keep-alive-timeout
        // 20 s): otherwise a replica left idle during another round answers the next call on a stale
        // connection with "header parser received no bytes"
        System.setProperty("jdk.httpclient.keepalive.timeout", "10");
    }

    static final String PASSWORD = "bench-replicas";
    static final Pattern RULE_SET_ID = Pattern.compile("\"ruleSet\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f]{12})\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{12})\"");
    static final List<Process> replicas = new ArrayList<>();
    static final List<Path> logs = new ArrayList<>();
    static final List<Path> dataDirs = new ArrayList<>();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static Map<String, String> opt;
    static volatile String database;

    /** One measured stretch: the latencies of the decisions that started and ended inside it. */
    record Round(double[] latencies, long failed, int seconds) {}

    record Throughput(String setup, double perSecond, double medianMs, double p90Ms, long decisions, long failed) {
        static Throughput of(String setup, List<Round> rounds) {
            double[] all = rounds.stream().flatMapToDouble(r -> Arrays.stream(r.latencies())).sorted().toArray();
            int seconds = rounds.stream().mapToInt(Round::seconds).sum();
            long failed = rounds.stream().mapToLong(Round::failed).sum();
            if (all.length == 0) throw new IllegalStateException(setup + ": no decision completed in the measured time");
            return new Throughput(setup, all.length / (double) seconds, all[all.length / 2], all[(int) (all.length * 0.9)], all.length, failed);
        }
    }

    record Publish(String id, double answeredMs, double[] switchedMs) {
        double last() {
            return Arrays.stream(switchedMs).max().orElse(Double.NaN);
        }
    }

    public static void main(String[] args) throws Exception {
        opt = parseOptions(args);
        int threads = intOpt("--threads", 8);
        int seconds = intOpt("--seconds", 20);
        int warmup = intOpt("--warmup-seconds", 30);
        int rounds = intOpt("--rounds", 2);
        int publishes = intOpt("--publishes", 5);
        int pollMs = intOpt("--poll-ms", 15);
        int[] ports = Arrays.stream(opt.getOrDefault("--ports", "18491,18492").split(",")).mapToInt(Integer::parseInt).toArray();
        if (ports.length != 2) usage("--ports needs two ports, e.g. 18491,18492");
        Path jar = Path.of(opt.getOrDefault("--jar", "target/merit-archive.jar"));
        Path county = Path.of("target/bench/county.json");
        Path small = Path.of("examples/annual_county.req.json");
        if (!Files.isRegularFile(jar)) fail("no " + jar + ": run mvn -B package -DskipTests");
        if (!Files.isRegularFile(county)) fail("no " + county + ": run java bench/AnnualBenchmark.java --write-only first");
        if (!Files.isRegularFile(small)) fail("no " + small + ": run from the project folder");
        byte[] countyBody = Files.readAllBytes(county);
        byte[] smallBody = Files.readAllBytes(small);
        Runtime.getRuntime().addShutdownHook(new Thread(ReplicasBenchmark::cleanUp));
        int exit = 0;
        try {
            database = "merit_bench_" + System.currentTimeMillis();
            psql("CREATE DATABASE " + database);
            String jdbc = "jdbc:postgresql://" + opt.getOrDefault("--pg-host", "localhost") + ":" + opt.getOrDefault("--pg-port", "5432")
                    + "/" + database;
            System.out.printf("database %s created%n", jdbc);

            String one = start(jar, ports[0], jdbc);
            waitDeciding(one, smallBody);
            measure("warm-up, replica 1", List.of(one), countyBody, threads, warmup);
            String two = start(jar, ports[1], jdbc);
            waitDeciding(two, smallBody);
            measure("warm-up, both replicas", List.of(one, two), countyBody, threads, warmup);
            // alternately, in the order 1 2 2 1 1 2 ..., so that the machine's drift (other work, GC, JIT)
            // falls on both setups alike
            List<Round> singleRounds = new ArrayList<>(), bothRounds = new ArrayList<>();
            for (int round = 0; round < 2 * rounds; round++) {
                if ((round + round / 2) % 2 == 0) {
                    singleRounds.add(measure("1 replica", List.of(one), countyBody, threads, seconds));
                } else {
                    bothRounds.add(measure("2 replicas, round-robin", List.of(one, two), countyBody, threads, seconds));
                }
            }
            Throughput single = Throughput.of("1 replica", singleRounds);
            Throughput both = Throughput.of("2 replicas, round-robin", bothRounds);

            List<Publish> published = publishes(List.of(one, two), smallBody, publishes, pollMs);
            printTable(threads, seconds, rounds, warmup, pollMs, single, both, published);
            if (single.failed() + both.failed() > 0) {
                System.out.println("ERROR: failed requests (see above)");
                exit = 1;
            }
        } catch (Exception e) {
            System.out.println("ERROR: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            logs.forEach(log -> System.out.println("  replica log: " + log));
            exit = 1;
        } finally {
            cleanUp();
        }
        System.exit(exit);
    }

    // ---------------------------------------------------------------- throughput

    /** N threads send the county request for a fixed time, each call to the next replica in turn. */
    static Round measure(String setup, List<String> urls, byte[] body, int threads, int seconds) throws InterruptedException {
        AtomicLong turn = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long begin = System.nanoTime();
        long end = begin + TimeUnit.SECONDS.toNanos(seconds);
        List<List<Double>> latencies = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            List<Double> mine = new ArrayList<>();
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                try {
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= end) break;
                        String url = urls.get((int) (turn.getAndIncrement() % urls.size()));
                        try {
                            HttpResponse<byte[]> answer = http.send(decide(url, body), HttpResponse.BodyHandlers.ofByteArray());
                            long finished = System.nanoTime();
                            if (answer.statusCode() != 200) {
                                if (failed.incrementAndGet() <= 3) {
                                    System.out.printf("  %s answered %d: %.200s%n", url, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
                                }
                            } else if (finished <= end) {
                                mine.add((finished - start) / 1e6);
                            }
                        } catch (IOException e) {
                            if (failed.incrementAndGet() <= 3) System.out.printf("  %s: %s%n", url, e);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "client-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double[] all = latencies.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%s, %d s: %,d decisions = %.1f/s, median %.1f ms, %d failed%n", setup, seconds, all.length,
                all.length / (double) seconds, all.length == 0 ? Double.NaN : all[all.length / 2], failed.get());
        return new Round(all, failed.get(), seconds);
    }

    // ---------------------------------------------------------------- publish → every replica switched

    static List<Publish> publishes(List<String> urls, byte[] smallBody, int count, int pollMs) throws Exception {
        String first = urls.get(0);
        String admin = basic("admin");
        HttpResponse<String> active = http.send(HttpRequest.newBuilder(URI.create(first + "/api/v1/rulesets/active"))
                .header("Authorization", admin).build(), HttpResponse.BodyHandlers.ofString());
        String original = match(ID, active.body(), "the active version: " + active.statusCode() + " " + active.body());
        HttpResponse<String> drl = http.send(HttpRequest.newBuilder(URI.create(first + "/api/v1/rulesets/active/files/annual-vetoes.drl"))
                .header("Authorization", admin).build(), HttpResponse.BodyHandlers.ofString());
        if (drl.statusCode() != 200) throw new IllegalStateException("download of annual-vetoes.drl: " + drl.statusCode() + " " + drl.body());
        String boundary = "bench-" + System.nanoTime();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"annual-vetoes.drl\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + drl.body() + "\n// replicas benchmark: same rules, another sha256\n\r\n--" + boundary + "--\r\n";
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create(first + "/api/v1/rulesets"))
                .header("Authorization", admin).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build(), HttpResponse.BodyHandlers.ofString());
        if (uploaded.statusCode() != 201 && uploaded.statusCode() != 200) {
            throw new IllegalStateException("upload: " + uploaded.statusCode() + " " + uploaded.body());
        }
        String changed = match(ID, uploaded.body(), "the uploaded version");
        System.out.printf("publishes: %s (active) and %s (uploaded on replica 1, a comment added); waiting 3 s for the precompile%n",
                original, changed);
        Thread.sleep(3000);
        List<Publish> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = i % 2 == 0 ? changed : original;
            results.add(publishAndWait(urls, id, smallBody, pollMs));
            Thread.sleep(1000);
        }
        return results;
    }

    /** Publishes on the first replica and polls every replica until each answers with the new version. */
    static Publish publishAndWait(List<String> urls, String id, byte[] smallBody, int pollMs) throws Exception {
        double[] switched = new double[urls.size()];
        Arrays.fill(switched, Double.NaN);
        String[] lastSeen = new String[urls.size()];
        HttpRequest publish = HttpRequest.newBuilder(URI.create(urls.get(0) + "/api/v1/rulesets/active"))
                .header("Authorization", basic("admin")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"id\": \"" + id + "\"}")).build();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(10);
        List<Thread> pollers = new ArrayList<>();
        for (int r = 0; r < urls.size(); r++) {
            int replica = r;
            Thread poller = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        HttpResponse<String> answer = http.send(decide(urls.get(replica), smallBody), HttpResponse.BodyHandlers.ofString());
                        Matcher m = RULE_SET_ID.matcher(answer.body());
                        String seen = m.find() ? m.group(1) : "";
                        lastSeen[replica] = answer.statusCode() + " " + seen;
                        if (answer.statusCode() == 200 && id.equals(seen)) {
                            switched[replica] = (System.nanoTime() - start) / 1e6;
                            return;
                        }
                        Thread.sleep(pollMs);
                    } catch (InterruptedException e) {
                        return;
                    } catch (IOException e) {
                        lastSeen[replica] = e.toString();
                    }
                }
            }, "poll-" + r);
            poller.setDaemon(true);
            pollers.add(poller);
            poller.start();
        }
        HttpResponse<String> answer = http.send(publish, HttpResponse.BodyHandlers.ofString());
        double answeredMs = (System.nanoTime() - start) / 1e6;
        if (answer.statusCode() != 200) throw new IllegalStateException("publish of " + id + ": " + answer.statusCode() + " " + answer.body());
        for (Thread poller : pollers) poller.join();
        for (int r = 0; r < urls.size(); r++) {
            if (Double.isNaN(switched[r])) {
                throw new IllegalStateException(urls.get(r) + " did not answer with " + id + " within 10 s (last answer: " + lastSeen[r] + ")");
            }
        }
        Publish result = new Publish(id, answeredMs, switched);
        System.out.printf("  published %s: PUT answered in %.0f ms; replica 1 answered with it after %.0f ms, replica 2 after %.0f ms%n",
                id, answeredMs, switched[0], switched[1]);
        return result;
    }

    // ---------------------------------------------------------------- the table

    static void printTable(int threads, int seconds, int rounds, int warmup, int pollMs, Throughput single, Throughput both,
                           List<Publish> published) {
        double[] last = published.stream().mapToDouble(Publish::last).sorted().toArray();
        double[] answered = published.stream().mapToDouble(Publish::answeredMs).sorted().toArray();
        System.out.printf("%nReplicas benchmark, %s, %d cores; county request (target/bench/county.json), %d client threads,"
                        + " %d × %d s measured per setup, alternately, after %d s warm-up; replicas -Xmx1g on one PostgreSQL database%n%n",
                Instant.now().toString().substring(0, 16) + "Z", Runtime.getRuntime().availableProcessors(), threads, rounds, seconds, warmup);
        System.out.println("| measurement | result | median | p90 / max | failed |");
        System.out.println("|---|---|---|---|---|");
        for (Throughput t : List.of(single, both)) {
            System.out.printf("| county decisions, %s | %.1f decisions/s (%,d) | %.1f ms | p90 %.1f ms | %d |%n",
                    t.setup(), t.perSecond(), t.decisions(), t.medianMs(), t.p90Ms(), t.failed());
        }
        System.out.printf("| two replicas against one | %.2f × | | | |%n", both.perSecond() / single.perSecond());
        System.out.printf("| publish on replica 1 → last replica answers with it (%d publishes, polled every %d ms) | | %.0f ms | max %.0f ms | |%n",
                last.length, pollMs, last[last.length / 2], last[last.length - 1]);
        System.out.printf("| publish request answered (PUT /api/v1/rulesets/active) | | %.0f ms | max %.0f ms | |%n",
                answered[answered.length / 2], answered[answered.length - 1]);
        double[] reported = followedMs();
        if (reported.length > 0) {
            System.out.printf("| switch as the following replica logs it (\"Following publication: ... N ms after it was published\", %d lines) | | %.0f ms | max %.0f ms | |%n",
                    reported.length, reported[reported.length / 2], reported[reported.length - 1]);
        }
    }

    /** N of every "Following publication: rule set X active (was Y), N ms after it was published" line in the replicas' logs. */
    static double[] followedMs() {
        Pattern line = Pattern.compile("Following publication: rule set \\w+ active \\(was \\w+\\), (\\d+) ms after it was published");
        List<Double> found = new ArrayList<>();
        for (Path log : logs) {
            try {
                Matcher m = line.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
                while (m.find()) found.add(Double.parseDouble(m.group(1)));
            } catch (IOException e) {
                // the figure is optional
            }
        }
        return found.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    // ---------------------------------------------------------------- replicas, database, HTTP

    static String start(Path jar, int port, String jdbc) throws IOException {
        Path data = Files.createTempDirectory("merit-replica-" + port + "-");
        Path log = Files.createTempFile("merit-replica-" + port + "-", ".log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", jar.toString(),
                "--server.port=" + port, "--merit.store=postgres", "--merit.data-dir=" + data,
                "--spring.datasource.url=" + jdbc, "--spring.datasource.username=" + opt.getOrDefault("--pg-user", "merit"),
                "--spring.datasource.password=" + opt.getOrDefault("--pg-password", "merit"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        for (String user : List.of("HR", "AUTHOR", "ADMIN")) builder.environment().put("MERIT_" + user + "_PASSWORD", PASSWORD);
        replicas.add(builder.start());
        logs.add(log);
        dataDirs.add(data);
        System.out.printf("started replica %d: java -Xmx1g -jar %s --server.port=%d --merit.store=postgres ... (log %s)%n",
                replicas.size(), jar, port, log);
        return "http://localhost:" + port;
    }

    /** Until the replica decides the small example (health alone is up before the rule set has compiled). */
    static void waitDeciding(String url, byte[] smallBody) throws Exception {
        long begin = System.nanoTime();
        long deadline = begin + TimeUnit.SECONDS.toNanos(180);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            Process newest = replicas.get(replicas.size() - 1);
            if (!newest.isAlive()) throw new IllegalStateException(url + " exited with " + newest.exitValue() + ", see its log");
            try {
                HttpResponse<String> answer = http.send(decide(url, smallBody), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    System.out.printf("  %s decides, %.1f s after start%n", url, (System.nanoTime() - begin) / 1e9);
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(url + " does not decide within 180 s: " + last);
    }

    static HttpRequest decide(String url, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url + "/api/v1/decisions/annual")).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic("hr")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static String match(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) throw new IllegalStateException("no id in " + what + ": " + text);
        return m.group(1);
    }

    static void psql(String sql) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", opt.getOrDefault("--pg-host", "localhost"), "-p", opt.getOrDefault("--pg-port", "5432"),
                "-U", opt.getOrDefault("--pg-user", "merit"), "-d", "postgres", "-c", sql).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", opt.getOrDefault("--pg-password", "merit"));
        Process psql;
        try {
            psql = builder.start();
        } catch (IOException e) {
            throw new IOException("psql not found (PostgreSQL's client; README \"Running several replicas\"): " + e.getMessage(), e);
        }
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (psql.waitFor() != 0) throw new IOException("psql -c \"" + sql + "\" failed: " + output.strip());
    }

    /** Stops the replicas (SIGTERM, then SIGKILL after 30 s), drops the database, deletes the data dirs. Runs once. */
    static synchronized void cleanUp() {
        for (Process replica : replicas) replica.destroy();
        for (Process replica : replicas) {
            try {
                if (!replica.waitFor(30, TimeUnit.SECONDS)) replica.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                replica.destroyForcibly();
            }
        }
        replicas.clear();
        String name = database;
        database = null;
        if (name != null) {
            try {
                psql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                System.out.println("database " + name + " dropped");
            } catch (Exception e) {
                System.out.println("could not drop database " + name + ": " + e.getMessage());
            }
        }
        for (Path dir : dataDirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder
            }
        }
        dataDirs.clear();
    }

    // ---------------------------------------------------------------- options

    static Map<String, String> parseOptions(String[] args) {
        Set<String> valued = Set.of("--threads", "--seconds", "--rounds", "--warmup-seconds", "--publishes", "--poll-ms", "--jar", "--ports",
                "--pg-host", "--pg-port", "--pg-user", "--pg-password");
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) usage(null);
            else if (valued.contains(args[i]) && i + 1 < args.length) options.put(args[i], args[++i]);
            else usage("unknown or incomplete option " + args[i]);
        }
        return options;
    }

    static int intOpt(String name, int otherwise) {
        String value = opt.getOrDefault(name, String.valueOf(otherwise));
        if (!value.matches("0*[1-9][0-9]{0,8}")) usage(name + " needs a whole number of at least 1");
        return Integer.parseInt(value);
    }

    static void usage(String problem) {
        if (problem != null) System.err.println(problem);
        System.out.println("usage: java bench/ReplicasBenchmark.java [--threads 8] [--seconds 20] [--rounds 2] [--warmup-seconds 30] [--publishes 5]"
                + " [--poll-ms 15] [--jar target/merit-archive.jar] [--ports 18491,18492]"
                + " [--pg-host localhost] [--pg-port 5432] [--pg-user merit] [--pg-password merit]\n"
                + "Needs target/bench/county.json (java bench/AnnualBenchmark.java --write-only), PostgreSQL with a role that may"
                + " create databases, and psql; creates and drops a database merit_bench_<time>.");
        System.exit(problem == null ? 0 : 2);
    }

    static void fail(String message) {
        System.out.println("ERROR: " + message);
        System.exit(1);
    }
}
