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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Rule-set versions over real HTTP: upload with located errors, byte-for-byte files, the cells a
 * version changes, publishing under load.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.data-dir=target/it-data/${random.uuid}", "spring.servlet.multipart.max-file-size=1MB"})
@ExtendWith(OutputCaptureExtension.class)
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
        // 200 when an earlier test stored the very same bytes (POI stamps the save time only to the second)
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
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
        byte[] table = tableWithA1Threshold(6); // a threshold no other test uploads: stored now, so 201

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
    void shouldReturnTheExistingVersionWith200WhenTheSameFilesAreUploadedAgain() throws Exception {
        byte[] table = tableWithA1Threshold(4); // POI stamps the save time: the same bytes must be sent twice
        HttpResponse<String> created = api.postFiles("/api/v1/rulesets", "author", Map.of(TABLE, table));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        String first = json(created).get("id").asText();
        int count = json(api.get("/api/v1/rulesets", "author")).size();

        HttpResponse<String> again = api.postFiles("/api/v1/rulesets", "author", Map.of(TABLE, table));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200); // not 201 Created: nothing new was stored
        assertThat(json(again).get("id").asText()).isEqualTo(first);
        assertThat(again.headers().firstValue("Location")).isEmpty();
        assertThat(json(api.get("/api/v1/rulesets", "author")).size()).isEqualTo(count);
        HttpResponse<String> shipped = api.postFiles("/api/v1/rulesets", "author", Map.of(TABLE, shippedTable()));
        assertThat(shipped.statusCode()).isEqualTo(200); // the published version's own file, unchanged
        assertThat(json(shipped).get("id").asText()).isEqualTo(shippedId);
    }

    /** What {@code curl -OJ} saves: the quoted {@code filename} (curl ignores {@code filename*}). */
    private static String curlSavesAs(String contentDisposition) {
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("(?:^|;)\\s*filename=\"([^\"]*)\"")
                .matcher(contentDisposition);
        assertThat(quoted.find()).as(contentDisposition).isTrue();
        return quoted.group(1);
    }

    @Test
    void shouldDownloadFilesOfTheActiveVersionNamedAsCurlOJSavesThem() throws Exception {
        HttpResponse<byte[]> active = api.getBytes("/api/v1/rulesets/active/files/" + TABLE, "author");
        HttpResponse<byte[]> byId = api.getBytes("/api/v1/rulesets/" + shippedId + "/files/" + TABLE, "author");

        assertThat(active.statusCode()).isEqualTo(200);
        assertThat(active.body()).isEqualTo(shippedTable()).isEqualTo(byId.body());
        String disposition = active.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).isEqualTo("attachment; filename=\"Annual.drl.xlsx\"; filename*=UTF-8''Annual.drl.xlsx");
        assertThat(curlSavesAs(disposition)).isEqualTo(TABLE);
        assertThat(byId.headers().firstValue("Content-Disposition")).hasValue(disposition);
        HttpResponse<String> missing = api.get("/api/v1/rulesets/active/files/nothing.drl", "author");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("title").asText()).isEqualTo("Unknown file");
    }

    @Test
    void shouldSayHowToFixA415A405AndABodyThatIsNotUtf8() throws Exception {
        HttpResponse<String> json = api.send("POST", "/api/v1/rulesets", "author", "author-secret", "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(json).get("detail").asText()).contains("multipart/form-data");

        HttpResponse<String> text = api.send("PUT", "/api/v1/rulesets/active", "admin", "admin-secret", "text/plain",
                java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(json(text).get("detail").asText()).contains("application/json");

        HttpResponse<String> delete = api.send("DELETE", "/api/v1/rulesets", "admin", "admin-secret", null,
                java.net.http.HttpRequest.BodyPublishers.noBody());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(delete).get("detail").asText()).contains("use ").contains("GET").contains("POST");
        assertThat(delete.headers().firstValue("Allow")).isPresent();
        HttpResponse<String> get = api.get(ANNUAL, "hr");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(json(get).get("detail").asText()).contains("use POST");

        byte[] gbk = ("{\"id\": \"" + shippedId + "\", \"note\": \"模拟对比\"}").getBytes(java.nio.charset.Charset.forName("GBK"));
        HttpResponse<String> notUtf8 = api.send("PUT", "/api/v1/rulesets/active", "admin", "admin-secret",
                "application/json", java.net.http.HttpRequest.BodyPublishers.ofByteArray(gbk));
        assertThat(notUtf8.statusCode()).as(notUtf8.body()).isEqualTo(400);
        assertThat(json(notUtf8).get("detail").asText()).contains("send the body as UTF-8");
        HttpResponse<String> decision = api.send("POST", ANNUAL, "hr", "hr-secret", "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(TWO_RECORDS.getBytes(java.nio.charset.Charset.forName("GBK"))));
        assertThat(decision.statusCode()).as(decision.body()).isEqualTo(400);
        assertThat(json(decision).get("detail").asText()).contains("send the body as UTF-8");
    }

    @Test
    void shouldRefuseABrokenCellWithItsLocationAndStoreNothing(CapturedOutput output) throws Exception {
        int before = json(api.get("/api/v1/rulesets", "author")).size();
        int logged = output.getAll().length();

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
        // the uploader's mistake: one WARN line naming the file and the first error, no ERROR, no stack trace
        List<String> lines = output.getAll().substring(logged).lines().toList();
        assertThat(lines).filteredOn(line -> line.contains(" WARN ") && line.contains("refused"))
                .singleElement().asString().contains(TABLE).contains("cell E11").contains("两次");
        assertThat(lines).noneMatch(line -> line.contains(" ERROR ") || line.contains("KieBaseModel")
                || line.startsWith("\tat ") || line.contains("Exception"));
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

        // 201 when stored now, 200 when another test of this class stored the same files first
        assertThat(uploaded.statusCode()).isIn(200, 201);
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
        assertThat(first.get("passed").asInt()).isEqualTo(46);
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
        HttpResponse<String> file = api.get("/api/v1/rulesets/" + shippedId + "/files/nothing.drl", "author");
        assertThat(file.statusCode()).isEqualTo(404);
        assertThat(json(file).get("title").asText()).isEqualTo("Unknown file");
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
