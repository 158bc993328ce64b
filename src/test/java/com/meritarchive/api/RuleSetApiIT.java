package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.ruleset.ZipBomb;
import com.meritarchive.testing.AnnualWorkbook;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Rule-set versions over real HTTP: upload with located errors, byte-for-byte files, the cells a
 * version changes, publishing under load.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.data-dir=target/it-data/${random.uuid}", "spring.servlet.multipart.max-file-size=1MB"})
class RuleSetApiIT {

    private static final String TABLE = "Annual.drl.xlsx";
    private static final String ANNUAL = "/api/v1/decisions/annual";
    /** A cadre with exactly two performance records: excellent (A1) with the shipped threshold 2, not with 3. */
    private static final String TWO_RECORDS = "{\"year\":2017,\"units\":[{\"id\":\"U1\",\"name\":\"县发改局\",\"kind\":\"COUNTY\"}],"
            + "\"cadres\":[{\"id\":\"C1\",\"name\":\"杨云\",\"unitId\":\"U1\",\"managedBy\":\"ORG_DEPT\"}],\"records\":["
            + "{\"id\":\"r1\",\"subjectType\":\"CADRE\",\"subjectId\":\"C1\",\"type\":\"PERFORMANCE\",\"year\":2017,\"quarter\":1,\"indicator\":\"FAI\"},"
            + "{\"id\":\"r2\",\"subjectType\":\"CADRE\",\"subjectId\":\"C1\",\"type\":\"PERFORMANCE\",\"year\":2017,\"quarter\":3,\"indicator\":\"FAI\"}]}";

    @LocalServerPort
    int port;

    private ApiClient api;
    private String shippedId;

    @BeforeEach
    void startFromTheShippedVersion() throws Exception {
        api = new ApiClient(port);
        JsonNode versions = json(api.get("/api/v1/rulesets", "author"));
        shippedId = versions.get(versions.size() - 1).get("id").asText();
        assertThat(api.putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"" + shippedId + "\"}").statusCode())
                .isEqualTo(200);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ApiClient.JSON.readTree(response.body());
    }

    private static byte[] shippedTable() throws Exception {
        return Files.readAllBytes(Path.of("decision-tables", TABLE));
    }

    /** The shipped table with A1's performance threshold set to {@code value}. */
    private static byte[] tableWithA1Threshold(Object value) {
        return AnnualWorkbook.withA1Threshold(value);
    }

    private String upload(byte[] table) throws Exception {
        HttpResponse<String> response = api.postFiles("/api/v1/rulesets", "author", Map.of(TABLE, table));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asText();
    }

    @Test
    void shouldListTheVersionImportedAtFirstStart() throws Exception {
        JsonNode versions = json(api.get("/api/v1/rulesets", "author"));

        JsonNode first = versions.get(versions.size() - 1);
        assertThat(first.get("createdBy").asText()).isEqualTo("system");
        assertThat(first.get("sha256").asText()).startsWith(first.get("id").asText()).hasSize(64);
        assertThat(first.get("active").asBoolean()).isTrue();
        assertThat(first.get("files")).extracting(JsonNode::asText).contains(TABLE, "annual-derive.drl", "Quarterly.drl.xlsx");
        assertThat(first.has("createdAt")).isTrue();
    }

    @Test
    void shouldStoreAnUploadOverlaidOnTheActiveVersionAndServeItsFilesByteForByte() throws Exception {
        byte[] table = tableWithA1Threshold(3);

        HttpResponse<String> response = api.postFiles("/api/v1/rulesets", "author", Map.of(TABLE, table));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode version = json(response);
        assertThat(version.get("createdBy").asText()).isEqualTo("author");
        assertThat(version.get("active").asBoolean()).isFalse();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/rulesets/" + version.get("id").asText());
        String files = "/api/v1/rulesets/" + version.get("id").asText() + "/files/";
        assertThat(api.getBytes(files + TABLE, "author").body()).isEqualTo(table);
        assertThat(api.getBytes(files + "annual-vetoes.drl", "author").body())
                .isEqualTo(Files.readAllBytes(Path.of("rules/annual-vetoes.drl")));
        assertThat(json(api.get("/api/v1/rulesets", "author")).get(0).get("id").asText()).isEqualTo(version.get("id").asText());
    }

    @Test
    void shouldReturnTheExistingVersionWhenTheSameFilesAreUploadedAgain() throws Exception {
        byte[] table = tableWithA1Threshold(4); // POI stamps the save time: the same bytes must be sent twice
        String first = upload(table);
        int count = json(api.get("/api/v1/rulesets", "author")).size();

        String again = upload(table);

        assertThat(again).isEqualTo(first);
        assertThat(json(api.get("/api/v1/rulesets", "author")).size()).isEqualTo(count);
    }

    @Test
    void shouldRefuseABrokenCellWithItsLocationAndStoreNothing() throws Exception {
        int before = json(api.get("/api/v1/rulesets", "author")).size();

        HttpResponse<String> response = api.postFiles("/api/v1/rulesets", "author", Map.of(TABLE, tableWithA1Threshold("两次")));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("file").asText()).isEqualTo(TABLE);
        assertThat(error.get("sheet").asText()).isEqualTo("年度规则");
        assertThat(error.get("row").asInt()).isEqualTo(11);
        assertThat(error.get("column").asText()).isEqualTo("E");
        assertThat(error.get("message").asText()).contains("两次");
        assertThat(json(api.get("/api/v1/rulesets", "author")).size()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAWrongExtensionAndAFileDroolsWouldSkip() throws Exception {
        HttpResponse<String> response = api.postFiles("/api/v1/rulesets", "author",
                Map.of("policy.docx", new byte[] {1, 2, 3}, "Annual.xlsx", shippedTable()));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("errors").findValuesAsText("file")).contains("policy.docx");
        HttpResponse<String> skipped = api.postFiles("/api/v1/rulesets", "author", Map.of("Annual.xlsx", shippedTable()));
        assertThat(skipped.statusCode()).isEqualTo(422);
        assertThat(json(skipped).at("/errors/0/message").asText()).contains("Annual.drl.xlsx");
    }

    @Test
    void shouldRefuseAZipBombAndStayHealthy() throws Exception {
        HttpResponse<String> response = api.postFiles("/api/v1/rulesets", "author", Map.of(TABLE, ZipBomb.workbook()));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).at("/errors/0/message").asText()).contains("压缩炸弹");
        assertThat(api.get("/actuator/health", null).body()).contains("UP");
        assertThat(api.postJson(ANNUAL, "hr", TWO_RECORDS).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswer413ForAnUploadOverTheLimit() throws Exception {
        HttpResponse<String> response = api.postFiles("/api/v1/rulesets", "author", Map.of(TABLE, new byte[2 * 1024 * 1024]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(api.get("/actuator/health", null).body()).contains("UP");
    }

    @Test
    void shouldPublishAVersionAndStillReproduceTheOldOneById() throws Exception {
        String stricter = upload(tableWithA1Threshold(3));

        HttpResponse<String> published = api.putJson("/api/v1/rulesets/active", "admin",
                "{\"id\":\"" + stricter + "\",\"force\":true}");

        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(json(published).get("active").asBoolean()).isTrue();
        JsonNode now = json(api.postJson(ANNUAL, "hr", TWO_RECORDS));
        assertThat(now.at("/ruleSet/id").asText()).isEqualTo(stricter);
        assertThat(now.at("/cadres/0/outcomes").toString()).doesNotContain("ANNUAL_EXCELLENT");
        JsonNode before = json(api.postJson(ANNUAL + "?ruleSet=" + shippedId, "hr", TWO_RECORDS));
        assertThat(before.at("/ruleSet/id").asText()).isEqualTo(shippedId);
        assertThat(before.at("/cadres/0/outcomes").toString()).contains("ANNUAL_EXCELLENT");
    }

    @Test
    void shouldRunTheScenariosOnUploadAndRefuseToPublishAFailingVersionUnlessForced() throws Exception {
        HttpResponse<String> uploaded = api.postFiles("/api/v1/rulesets", "author", Map.of(TABLE, tableWithA1Threshold(3)));

        assertThat(uploaded.statusCode()).isEqualTo(201);
        JsonNode scenarios = json(uploaded).get("scenarios");
        assertThat(scenarios.get("failed").asInt()).isEqualTo(3);
        assertThat(scenarios.at("/failures/0/file").asText()).isEqualTo("Policy.scenarios.xlsx");
        assertThat(scenarios.at("/failures/0/sheet").asText()).isEqualTo("年度场景");
        assertThat(scenarios.at("/failures/0/row").asInt()).isEqualTo(3);
        String id = json(uploaded).get("id").asText();

        HttpResponse<String> refused = api.putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"" + id + "\"}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).at("/scenarios/failed").asInt()).isEqualTo(3);
        assertThat(json(api.postJson(ANNUAL, "hr", TWO_RECORDS)).at("/ruleSet/id").asText()).isEqualTo(shippedId);
        HttpResponse<String> forced = api.putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"" + id + "\",\"force\":true}");
        assertThat(forced.statusCode()).isEqualTo(200);
        assertThat(json(api.postJson(ANNUAL, "hr", TWO_RECORDS)).at("/ruleSet/id").asText()).isEqualTo(id);
    }

    @Test
    void shouldListTheOneCellAChangedThresholdChangesWithItsClauseAndLabel() throws Exception {
        String stricter = upload(tableWithA1Threshold(3));

        HttpResponse<String> response = api.get("/api/v1/rulesets/" + stricter + "/changes?against=" + shippedId, "author");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode changes = json(response);
        assertThat(changes.get("id").asText()).isEqualTo(stricter);
        assertThat(changes.get("against").asText()).isEqualTo(shippedId);
        assertThat(changes.get("files")).hasSize(1);
        JsonNode file = changes.at("/files/0");
        assertThat(file.get("file").asText()).isEqualTo(TABLE);
        assertThat(file.get("change").asText()).isEqualTo("changed");
        assertThat(file.get("lines")).isEmpty();
        assertThat(file.get("cells")).hasSize(1);
        assertThat(file.at("/cells/0")).isEqualTo(ApiClient.JSON.readTree(
                "{\"sheet\":\"年度规则\",\"cell\":\"E11\",\"before\":\"2\",\"after\":\"3\",\"rule\":\"A1\",\"label\":\"实绩档案次数 ≥\"}"));
        HttpResponse<String> againstActive = api.get("/api/v1/rulesets/" + stricter + "/changes", "author");
        assertThat(againstActive.body()).isEqualTo(response.body());
        JsonNode back = json(api.get("/api/v1/rulesets/" + shippedId + "/changes?against=" + stricter, "author"));
        assertThat(back.at("/files/0/cells/0/before").asText()).isEqualTo("3");
        assertThat(back.at("/files/0/cells/0/after").asText()).isEqualTo("2");
        assertThat(json(api.get("/api/v1/rulesets/" + shippedId + "/changes", "author")).get("files")).isEmpty();
    }

    @Test
    void shouldPassTheShippedScenariosOnTheFirstVersion() throws Exception {
        JsonNode versions = json(api.get("/api/v1/rulesets", "author"));

        JsonNode first = versions.get(versions.size() - 1).get("scenarios");
        assertThat(first.get("passed").asInt()).isEqualTo(29);
        assertThat(first.get("failed").asInt()).isZero();
    }

    @Test
    void shouldLetOnlyTheRolesThatMayDoSo() throws Exception {
        String id = upload(tableWithA1Threshold(5));

        assertThat(api.get("/api/v1/rulesets", "hr").statusCode()).isEqualTo(403);
        assertThat(api.postFiles("/api/v1/rulesets", "hr", Map.of(TABLE, shippedTable())).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/rulesets/" + id + "/files/" + TABLE, "hr").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/rulesets/" + id + "/changes", "hr").statusCode()).isEqualTo(403);
        assertThat(api.putJson("/api/v1/rulesets/active", "author", "{\"id\":\"" + id + "\"}").statusCode()).isEqualTo(403);
        assertThat(api.putJson("/api/v1/rulesets/active", "hr", "{\"id\":\"" + id + "\"}").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/rulesets", null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswer404ForUnknownVersionsAndFiles() throws Exception {
        assertThat(api.get("/api/v1/rulesets/000000000000", "author").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/rulesets/" + shippedId + "/files/nothing.drl", "author").statusCode()).isEqualTo(404);
        HttpResponse<String> changes = api.get("/api/v1/rulesets/000000000000/changes", "author");
        assertThat(changes.statusCode()).isEqualTo(404);
        assertThat(changes.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(changes).get("title").asText()).isEqualTo("Unknown rule set");
        assertThat(api.get("/api/v1/rulesets/" + shippedId + "/changes?against=000000000000", "author").statusCode())
                .isEqualTo(404);
        assertThat(api.putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"000000000000\"}").statusCode()).isEqualTo(404);
        assertThat(api.postJson(ANNUAL + "?ruleSet=abcdefabcdef", "hr", TWO_RECORDS).statusCode()).isEqualTo(404);
        assertThat(api.putJson("/api/v1/rulesets/active", "admin", "{}").statusCode()).isEqualTo(422);
    }

    @Test
    void shouldSwapVersionsUnderLoadWithNoFailedRequestAndEveryAnswerFromOneVersion() throws Exception {
        String stricter = upload(tableWithA1Threshold(3));
        Map<String, Boolean> excellentBySha = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answers = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> calls = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            calls.add(clients.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = new ApiClient(port).postJson(ANNUAL, "hr", TWO_RECORDS);
                        if (response.statusCode() != 200) {
                            failures.add(response.statusCode() + " " + response.body());
                            continue;
                        }
                        JsonNode answer = json(response);
                        boolean excellent = answer.at("/cadres/0/outcomes").toString().contains("ANNUAL_EXCELLENT");
                        Boolean earlier = excellentBySha.putIfAbsent(answer.at("/ruleSet/sha256").asText(), excellent);
                        if (earlier != null && earlier != excellent) {
                            failures.add("version " + answer.at("/ruleSet/id").asText() + " answered both ways");
                        }
                        answers.incrementAndGet();
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            }));
        }
        for (int swap = 0; swap < 24; swap++) {
            String id = swap % 2 == 0 ? stricter : shippedId;
            assertThat(api.putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"" + id + "\",\"force\":true}")
                    .statusCode()).isEqualTo(200);
            Thread.sleep(25);
        }
        running.set(false);
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(failures).isEmpty();
        assertThat(answers.get()).isGreaterThan(24);
        JsonNode versions = json(api.get("/api/v1/rulesets", "author"));
        String shippedSha = versions.get(versions.size() - 1).get("sha256").asText();
        assertThat(excellentBySha).containsEntry(shippedSha, true).hasSize(2).containsValue(false);
    }
}
