package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Several replicas on one PostgreSQL database (README "Running several replicas"), as real
 * processes: A, B and C, each with its own data dir and its own {@link TcpProxy} to a fresh database,
 * so that one of them can lose the database while the others keep it. B's rule engine knows Java 8
 * only ({@code drools.dialect.java.compiler.lnglevel=1.8}, an older replica in a rolling upgrade),
 * so it cannot compile a rule that A and C compile; C pauses inside each upload and publication
 * transaction before COMMIT ({@code merit.store-crash-test-delay}) so that it can be killed there and
 * lose a race to publish. The tests share the replicas and run in order; each says what it leaves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresReplicasIT {

    private static final String ANNUAL = "/api/v1/decisions/annual";
    private static final String ACTIVE = "/api/v1/rulesets/active";
    private static final String PAUSE = "Crash test: pausing";
    private static final List<String> JAVA_8_ENGINE = List.of("-Ddrools.dialect.java.compiler.lnglevel=1.8");
    private static final String DELAY = "--merit.store-crash-test-delay=1500ms";
    /** How long a replica may take to start: three JVMs start at once, on a CI machine that runs other builds. */
    private static final Duration START = Duration.ofSeconds(180);
    /** A small annual request: one cadre, two performance records. */
    private static final String TWO_RECORDS = "{\"year\":2017,\"units\":[{\"id\":\"U1\",\"name\":\"县发改局\",\"kind\":\"COUNTY\"}],"
            + "\"cadres\":[{\"id\":\"C1\",\"name\":\"杨云\",\"unitId\":\"U1\",\"managedBy\":\"ORG_DEPT\"}],\"records\":["
            + "{\"id\":\"r1\",\"subjectType\":\"CADRE\",\"subjectId\":\"C1\",\"type\":\"PERFORMANCE\",\"year\":2017,\"quarter\":1,\"indicator\":\"FAI\"},"
            + "{\"id\":\"r2\",\"subjectType\":\"CADRE\",\"subjectId\":\"C1\",\"type\":\"PERFORMANCE\",\"year\":2017,\"quarter\":3,\"indicator\":\"FAI\"}]}";
    /** A rule that never fires, with a local variable declared as Java 10 allows: B's engine cannot compile it. */
    private static final String JAVA_10_RULE = """
            package merit.annual;

            import com.meritarchive.decision.fact.Outcome;

            rule "Never fires: Java 10 syntax in its consequence"
            when
                Outcome( rule == "no such rule" )
            then
                var unused = 1;
            end
            """;

    private final Path root = Path.of("target", "postgres-replicas-it", UUID.randomUUID().toString());
    private Postgres database;
    private TcpProxy proxyA;
    private TcpProxy proxyB;
    private TcpProxy proxyC;
    private ServiceProcess a;
    private ServiceProcess b;
    private ServiceProcess c;
    private int startsOfC;
    private String initial;
    /** Uploaded before the tests, published by them. */
    private String v1;
    private String v2;
    private String v3;
    private String v4;

    @BeforeAll
    void startThreeReplicasOnAFreshDatabase() throws Exception {
        Files.createDirectories(root);
        System.out.println("PostgresReplicasIT: data dirs and logs under " + root);
        database = Postgres.freshDatabase();
        proxyA = TcpProxy.forwardingTo(Postgres.HOST, Postgres.PORT);
        proxyB = TcpProxy.forwardingTo(Postgres.HOST, Postgres.PORT);
        proxyC = TcpProxy.forwardingTo(Postgres.HOST, Postgres.PORT);
        long start = System.nanoTime();
        a = ServiceProcess.launch(List.of(), root.resolve("a"), root.resolve("a.log"),
                Postgres.serviceArgs(database.url(proxyA.port())));
        b = ServiceProcess.launch(JAVA_8_ENGINE, root.resolve("b"), root.resolve("b.log"),
                Postgres.serviceArgs(database.url(proxyB.port())));
        c = launchC();
        for (ServiceProcess replica : List.of(a, b, c)) {
            replica.awaitHealthy(START);
        }
        System.out.printf("PostgresReplicasIT: three replicas started together on an empty database in %d ms%n",
                millisSince(start));

        initial = activeId(a);
        assertThat(activeId(b)).isEqualTo(initial);
        assertThat(activeId(c)).isEqualTo(initial);
        assertThat(versionIds(b)).containsExactly(initial); // one replica imported the shipped rule set, the others see it
        assertThat(versionIds(a)).containsExactly(initial);
        v1 = upload(a, revision(1));
        v2 = upload(b, revision(2));
        v3 = upload(a, revision(3));
        v4 = upload(b, revision(4));
        assertThat(versionIds(c)).containsExactlyInAnyOrder(initial, v1, v2, v3, v4);
    }

    /**
     * Launches C, always with the same arguments (its crash-test delay and its proxy), each time with
     * a log of its own, on a JVM tuned to start (it starts three times and measures nothing).
     */
    private ServiceProcess launchC() throws Exception {
        List<String> args = new ArrayList<>(List.of(Postgres.serviceArgs(database.url(proxyC.port()))));
        args.add(DELAY);
        startsOfC++;
        return ServiceProcess.launch(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), root.resolve("c"),
                root.resolve("c-" + startsOfC + ".log"), args.toArray(String[]::new));
    }

    @AfterAll
    void stopEverything() throws Exception {
        // killed, not closed: the decision record is in the database, nothing here for ReproducibilityIT
        for (ServiceProcess service : new ServiceProcess[] {a, b, c}) {
            if (service != null) {
                service.kill();
            }
        }
        for (TcpProxy proxy : new TcpProxy[] {proxyA, proxyB, proxyC}) {
            if (proxy != null) {
                proxy.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ApiClient.JSON.readTree(response.body());
    }

    /** {@code rules/annual-vetoes.drl} with a comment: a new version that decides as the shipped one. */
    private static Map<String, byte[]> revision(int n) throws Exception {
        return Map.of("annual-vetoes.drl",
                (Files.readString(Path.of("rules/annual-vetoes.drl")) + "\n// revision " + n + "\n").getBytes());
    }

    private static String upload(ServiceProcess service, Map<String, byte[]> files) throws Exception {
        HttpResponse<String> response = service.api().postFiles("/api/v1/rulesets", "admin", files);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asText();
    }

    private static HttpResponse<String> publish(ServiceProcess service, String id) throws Exception {
        return service.api().putJson(ACTIVE, "admin", "{\"id\":\"" + id + "\",\"force\":true}");
    }

    private static void assertPublished(ServiceProcess service, String id) throws Exception {
        HttpResponse<String> response = publish(service, id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static HttpResponse<String> decide(ServiceProcess service) throws Exception {
        return service.api().postJson(ANNUAL, "hr", TWO_RECORDS);
    }

    /** The id of the version {@code service} decides with now. */
    private static String activeId(ServiceProcess service) throws Exception {
        HttpResponse<String> response = decide(service);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).at("/ruleSet/id").asText();
    }

    private static List<String> versionIds(ServiceProcess service) throws Exception {
        HttpResponse<String> response = service.api().get("/api/v1/rulesets", "author");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).findValuesAsText("id");
    }

    /** The version the list of {@code service} marks active. */
    private static String listedActive(ServiceProcess service) throws Exception {
        for (JsonNode version : json(service.api().get("/api/v1/rulesets", "author"))) {
            if (version.get("active").asBoolean()) {
                return version.get("id").asText();
            }
        }
        return null;
    }

    /** Decides on {@code service} until it answers with {@code id}; how long that took, in ms. */
    private static long awaitAnswering(ServiceProcess service, String id, Duration timeout) throws Exception {
        long start = System.nanoTime();
        String seen = null;
        while (System.nanoTime() - start < timeout.toNanos()) {
            seen = activeId(service);
            if (seen.equals(id)) {
                return millisSince(start);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("Still answering with " + seen + " " + timeout.toMillis() + " ms later, not " + id);
    }

    /** The longest "N ms after it was published" the service logged since {@code since}, -1 when none. */
    private static long slowestSwitch(ServiceProcess service, long since) throws Exception {
        Pattern after = Pattern.compile("Following publication: .*, (\\d+) ms after it was published");
        return service.log().substring((int) since).lines().map(after::matcher).filter(Matcher::find)
                .mapToLong(found -> Long.parseLong(found.group(1))).max().orElse(-1);
    }

    /** {@code /actuator/health} as a probe calls it: an answer within 5 s, or none. */
    private static HttpResponse<String> health(ServiceProcess service) throws Exception {
        return PROBE.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port
                + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of {@code /actuator/health/<group>}. */
    private static int probe(ServiceProcess service, String group) throws Exception {
        return PROBE.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port + "/actuator/health/" + group))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static final HttpClient PROBE = HttpClient.newHttpClient();

    // --- the tests ----------------------------------------------------------------------------------

    /** Leaves: the initial version active. */
    @Test
    @Order(1)
    void shouldAnswerOnEveryReplicaWithAVersionPublishedOnAnotherWithinASecond() throws Exception {
        long start = System.nanoTime();
        assertPublished(a, v1);
        long publish = millisSince(start);
        long lagB = awaitAnswering(b, v1, Duration.ofSeconds(5));
        long lagC = awaitAnswering(c, v1, Duration.ofSeconds(5));
        assertThat(activeId(a)).isEqualTo(v1);

        start = System.nanoTime();
        assertPublished(b, initial);
        long back = millisSince(start);
        long lagA = awaitAnswering(a, initial, Duration.ofSeconds(5));

        System.out.printf("PostgresReplicasIT a: publish on A %d ms, B followed %d ms after its 200 (C %d ms later); "
                + "publish on B %d ms, A followed %d ms after%n", publish, lagB, lagC, back, lagA);
        assertThat(lagB).isLessThan(1000);
        assertThat(lagA).isLessThan(1000);
    }

    /** Leaves: v2, v3 or v1 active (the twentieth publication's). */
    @Test
    @Order(2)
    void shouldAnswerEveryRequestFromAPublishedVersionWhileTwentyPublicationsFollowEachOther() throws Exception {
        Set<String> publishedSoFar = ConcurrentHashMap.newKeySet();
        publishedSoFar.addAll(List.of(initial, v1)); // both published by the test before
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> answersById = new ConcurrentHashMap<>();
        AtomicInteger requests = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<?>> calls = new ArrayList<>();
        for (int client = 0; client < 16; client++) {
            ApiClient api = (client % 2 == 0 ? a : b).api();
            String replica = client % 2 == 0 ? "A" : "B";
            calls.add(clients.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = api.postJson(ANNUAL, "hr", TWO_RECORDS);
                        requests.incrementAndGet();
                        if (response.statusCode() != 200) {
                            failures.add(replica + ": " + response.statusCode() + " " + response.body());
                            continue;
                        }
                        String id = json(response).at("/ruleSet/id").asText();
                        answersById.computeIfAbsent(id, any -> new AtomicInteger()).incrementAndGet();
                        if (!publishedSoFar.contains(id)) {
                            failures.add(replica + " answered with " + id + " before it was published");
                        }
                    } catch (Exception e) {
                        failures.add(replica + ": " + e);
                    }
                }
            }));
        }
        List<String> order = List.of(v2, v3, v1);
        long logA = a.logLength();
        long logB = b.logLength();
        List<Long> durations = new ArrayList<>();
        long[] slowestPublish = new long[2];
        String last = null;
        long start = System.nanoTime();
        for (int n = 0; n < 20; n++) {
            last = order.get(n % order.size());
            publishedSoFar.add(last); // before the request: a replica may answer with it as soon as it commits
            long one = System.nanoTime();
            assertPublished(n % 2 == 0 ? a : b, last);
            durations.add(millisSince(one));
            slowestPublish[n % 2] = Math.max(slowestPublish[n % 2], millisSince(one));
            Thread.sleep(100);
        }
        long lagA = awaitAnswering(a, last, Duration.ofSeconds(5));
        long lagB = awaitAnswering(b, last, Duration.ofSeconds(5));
        running.set(false);
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS);
        }
        clients.shutdown();
        Collections.sort(durations);

        System.out.printf("PostgresReplicasIT b: 20 publications in %d ms (each %d/%d/%d ms min/median/max, "
                + "slowest on A %d ms, on B %d ms), "
                + "%d requests from 16 clients to A and B, %d failed, answers by version %s; after the last, A %d ms, "
                + "B %d ms; slowest switch (its log) A %d ms, B %d ms after the publication%n", millisSince(start),
                durations.get(0), durations.get(10), durations.get(19), slowestPublish[0], slowestPublish[1], requests.get(), failures.size(), answersById,
                lagA, lagB, slowestSwitch(a, logA), slowestSwitch(b, logB));
        assertThat(failures).isEmpty();
        assertThat(requests.get()).isGreaterThan(100);
        assertThat(answersById).doesNotContainKey(v4); // uploaded, never published
    }

    /** Leaves: the winner active (v4 or the version that was not active, whichever C published). */
    @Test
    @Order(3)
    void shouldLetOneOfTwoAdminsPublishingAtOnceWinAndTellTheOtherWith409() throws Exception {
        String before = activeId(a);
        List<String> candidates = new ArrayList<>(List.of(v1, v2, v3));
        candidates.remove(before);
        String onC = v4;
        String onA = candidates.get(0);
        long since = c.logLength();
        CompletableFuture<HttpResponse<String>> fromC = CompletableFuture.supplyAsync(() -> {
            try {
                return publish(c, onC);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        c.awaitLog(PAUSE, since, Duration.ofSeconds(30)); // C is inside its transaction, before COMMIT
        long start = System.nanoTime();
        HttpResponse<String> fromA = publish(a, onA);
        long aAnsweredAfter = millisSince(start);
        HttpResponse<String> fromCAnswer = fromC.get(30, TimeUnit.SECONDS);

        System.out.printf("PostgresReplicasIT c: C (pausing before COMMIT) %d, A %d after %d ms: %s%n",
                fromCAnswer.statusCode(), fromA.statusCode(), aAnsweredAfter, fromA.body());
        List<Integer> statuses = List.of(fromCAnswer.statusCode(), fromA.statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> refused = fromA.statusCode() == 409 ? fromA : fromCAnswer;
        String winner = refused == fromA ? onC : onA;
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).get("title").asText()).isEqualTo("Another publication came first");
        assertThat(json(refused).get("detail").asText()).contains(winner);
        long lagA = awaitAnswering(a, winner, Duration.ofSeconds(10));
        long lagB = awaitAnswering(b, winner, Duration.ofSeconds(10));
        long lagC = awaitAnswering(c, winner, Duration.ofSeconds(10));
        System.out.printf("PostgresReplicasIT c: the winner %s answered by A, B and C %d, %d and %d ms after the 409%n",
                winner, lagA, lagB, lagC);
        assertThat(listedActive(a)).isEqualTo(winner);
        assertThat(listedActive(c)).isEqualTo(winner);
    }

    /** Leaves: C killed, a version published while it is down ({@link #published}). */
    @Test
    @Order(4)
    void shouldStoreNothingHalfWhenAReplicaIsKilledMidPublishAndMidUpload() throws Exception {
        String before = activeId(a);
        String target = before.equals(v1) ? v2 : v1;

        long since = c.logLength();
        CompletableFuture.runAsync(() -> {
            try {
                publish(c, target);
            } catch (Exception e) {
                // killed under this call
            }
        });
        c.awaitLog(PAUSE, since, Duration.ofSeconds(30));
        c.kill();
        Thread.sleep(2000); // beyond the pause and a pointer poll
        assertThat(activeId(a)).isEqualTo(before);
        assertThat(activeId(b)).isEqualTo(before);
        assertThat(listedActive(a)).isEqualTo(before);

        long start = System.nanoTime();
        c = launchC();
        c.awaitHealthy(START);
        System.out.printf("PostgresReplicasIT d: C killed mid-publish, restarted in %d ms%n", millisSince(start));
        assertThat(activeId(c)).isEqualTo(before);

        List<String> versions = versionIds(a);
        Map<String, byte[]> files = revision(99);
        since = c.logLength();
        CompletableFuture.runAsync(() -> {
            try {
                c.api().postFiles("/api/v1/rulesets", "admin", files);
            } catch (Exception e) {
                // killed under this call
            }
        });
        c.awaitLog(PAUSE, since, Duration.ofSeconds(30));
        c.kill();
        Thread.sleep(500);
        assertThat(versionIds(a)).containsExactlyElementsOf(versions);
        assertThat(versionIds(b)).containsExactlyElementsOf(versions);
        assertThat(activeId(b)).isEqualTo(before); // the survivors serve

        published = upload(a, files); // 201: nothing of the killed upload was kept under its sha256
        assertPublished(a, published);
        System.out.printf("PostgresReplicasIT d: B followed %s, uploaded and published on A while C was down, in %d ms%n",
                published, awaitAnswering(b, published, Duration.ofSeconds(10)));
    }

    /** Published on A while C was down. */
    private String published;

    /** Leaves: C running again, on {@link #published}. */
    @Test
    @Order(5)
    void shouldWaitForTheDatabaseAndSaySoThenCatchUpWithWhatWasPublishedMeanwhile() throws Exception {
        proxyC.cut();
        long start = System.nanoTime();
        c = launchC();
        c.awaitLog("Waiting for the database at " + database.url(proxyC.port()), 0, START);
        long waiting = millisSince(start);
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                assertThat(health(c).statusCode()).isNotEqualTo(200);
            } catch (IOException e) {
                // not listening: not serving either
            }
            Thread.sleep(200);
        }
        int attempts = (int) c.log().lines().filter(line -> line.contains("Waiting for the database at")).count();

        proxyC.restore();
        long back = System.nanoTime();
        c.awaitHealthy(START);
        long healthyAfter = millisSince(back);
        assertThat(activeId(c)).isEqualTo(published);
        System.out.printf("PostgresReplicasIT e: C said it was waiting %d ms after launch (%d attempts logged in %d ms), "
                + "healthy %d ms after the database came back, deciding with %s published while it was down%n",
                waiting, attempts, millisSince(start) - healthyAfter, healthyAfter, published);
    }

    /** Leaves: A back on the database, {@code v3} (or {@code v2}) active. */
    @Test
    @Order(6)
    void shouldKeepDecidingWithItsVersionWhenTheDatabaseIsLostAndRecordTheDecisionsWhenItIsBack() throws Exception {
        String before = activeId(a);
        String next = before.equals(v3) ? v2 : v3;
        ExecutorService caller = Executors.newSingleThreadExecutor();
        List<String> decisionIds = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        long degradedAfter;
        proxyA.cut();
        long cut = System.nanoTime();
        try {
            for (int n = 0; n < 10; n++) {
                long one = System.nanoTime();
                HttpResponse<String> response = caller.submit(() -> decide(a)).get(10, TimeUnit.SECONDS);
                latencies.add(millisSince(one));
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(json(response).at("/ruleSet/id").asText()).isEqualTo(before);
                decisionIds.add(json(response).get("decisionId").asText());
                Thread.sleep(200);
            }
            System.out.printf("PostgresReplicasIT f: without its database A decided with %s in %s ms%n", before, latencies);
            String seen = "no answer";
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> health = health(a);
                    seen = health.statusCode() + " " + health.body();
                    if (health.statusCode() == 200
                            && "DEGRADED".equals(json(health).at("/components/store/status").asText())) {
                        break;
                    }
                } catch (HttpTimeoutException e) {
                    seen = "no answer within 5 s";
                }
                Thread.sleep(200);
            }
            degradedAfter = millisSince(cut);
            JsonNode store = seen.startsWith("200 ") ? ApiClient.JSON.readTree(seen.substring(4)).at("/components/store")
                    : ApiClient.JSON.missingNode();
            assertThat(store.path("status").asText()).as("/actuator/health without the database: " + seen)
                    .isEqualTo("DEGRADED");
            assertThat(store.at("/details/database").asText()).startsWith("unreachable since");
            assertThat(a.log()).contains("Database unreachable");

            assertPublished(b, next); // A cannot know: it keeps deciding with its version
            Thread.sleep(1500);
            assertThat(activeId(a)).isEqualTo(before);
        } finally {
            proxyA.restore();
        }
        long back = System.nanoTime();
        long followed = awaitAnswering(a, next, Duration.ofSeconds(20));
        long readable = -1;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && readable < 0) {
            boolean all = true;
            for (String id : decisionIds) {
                all &= b.api().get("/api/v1/decisions/" + id, "author").statusCode() == 200;
            }
            if (all) {
                readable = millisSince(back);
            }
            Thread.sleep(200);
        }
        caller.shutdown();
        System.out.printf("PostgresReplicasIT f: store DEGRADED %d ms after the cut; back: A followed %s %d ms later, "
                + "the %d decisions A made without the database readable on B %d ms later%n", degradedAfter, next, followed,
                decisionIds.size(), readable);
        assertThat(readable).as("the decisions A made without its database, read on B").isNotNegative();
        for (String id : decisionIds) {
            HttpResponse<String> record = a.api().get("/api/v1/decisions/" + id, "author");
            assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
            assertThat(json(record).at("/ruleSet/id").asText()).isEqualTo(before);
        }
        deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && !"UP".equals(json(health(a)).at("/components/store/status").asText())) {
            Thread.sleep(200);
        }
        assertThat(json(health(a)).at("/components/store/status").asText()).isEqualTo("UP");
    }

    /** Leaves: B unhealthy on the old version. */
    @Test
    @Order(7)
    void shouldKeepTheOldVersionAndReportUnhealthyWhenAPublishedVersionDoesNotCompileOnAReplica() throws Exception {
        String before = activeId(b);
        long since = b.logLength();
        String java10 = upload(a, Map.of("never-fires.drl", JAVA_10_RULE.getBytes()));
        assertPublished(a, java10);
        long lagC = awaitAnswering(c, java10, Duration.ofSeconds(5));

        b.awaitLog("Cannot follow publication of rule set " + java10, since, Duration.ofSeconds(15));
        assertThat(activeId(b)).isEqualTo(before);
        HttpResponse<String> health = health(b);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
        JsonNode ruleSet = json(health).at("/components/ruleSet");
        assertThat(ruleSet.path("status").asText()).as("/actuator/health of B: " + health.body()).isEqualTo("DOWN");
        assertThat(ruleSet.at("/details/active").asText()).isEqualTo(before);
        assertThat(ruleSet.at("/details/published").asText()).isEqualTo(java10);
        assertThat(ruleSet.at("/details/reason").asText()).isNotBlank();
        assertThat(probe(b, "readiness")).isEqualTo(503); // out of the load balancer's traffic
        assertThat(probe(b, "liveness")).isEqualTo(200); // but not restarted: it still decides
        // one ERROR entry; the reason (the compiler's messages) may span lines before "; still deciding with"
        Matcher logged = Pattern.compile("(?sm)^[^\\n]* ERROR [^\\n]*(Cannot follow publication of rule set " + java10
                + ": .*?; still deciding with " + before + ")").matcher(b.log().substring((int) since));
        assertThat(logged.find()).as(b.log().substring((int) since)).isTrue();
        String line = logged.group(1);
        assertThat(activeId(a)).isEqualTo(java10);
        assertThat(health(a).statusCode()).isEqualTo(200);
        System.out.printf("PostgresReplicasIT g: C followed %s in %d ms; B (Java 8 rule engine) kept %s: %s%n", java10,
                lagC, before, line);
    }
}
