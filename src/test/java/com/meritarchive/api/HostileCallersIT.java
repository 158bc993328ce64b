package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.ruleset.ZipBomb;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile and careless callers over real HTTP: code in uploads, code from the wrong role, abusive
 * file names and counts, oversized workbooks, and deciding with versions never published. Every
 * refusal is problem+json and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.data-dir=target/it-data/${random.uuid}", "spring.servlet.multipart.max-file-size=1MB"})
class HostileCallersIT {

    private static final String RULESETS = "/api/v1/rulesets";
    private static final String ANNUAL = "/api/v1/decisions/annual";
    private static final String YEAR = "{\"year\":2017,\"units\":[],\"cadres\":[],\"records\":[]}";
    private static final String STEAL = "package merit.annual;\nimport com.meritarchive.decision.fact.Tally;\n"
            + "rule \"X1 steal\"\nwhen\n    $t : Tally()\nthen\n"
            + "    String s = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(\"/etc/passwd\")));\nend\n";

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ApiClient.JSON.readTree(response.body());
    }

    private int versions() throws Exception {
        return json(api.get(RULESETS, "author")).size();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void shouldRefuseADrlThatReadsAFileAtItsLineEvenFromAnAdmin() throws Exception {
        int before = versions();

        HttpResponse<String> response = api.postFiles(RULESETS, "admin", Map.of("steal.drl", STEAL.getBytes(StandardCharsets.UTF_8)));

        assertProblem(response, 422);
        JsonNode error = json(response).at("/errors/0");
        assertThat(error.get("file").asText()).isEqualTo("steal.drl");
        assertThat(error.get("row").asInt()).isEqualTo(7);
        assertThat(error.get("message").asText()).startsWith("规则中不允许使用");
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void shouldRefuseSystemExitAndStayUp() throws Exception {
        String exit = STEAL.replace("String s = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(\"/etc/passwd\")));",
                "System.exit(0);");

        HttpResponse<String> response = api.postFiles(RULESETS, "admin", Map.of("exit.drl", exit.getBytes(StandardCharsets.UTF_8)));

        assertProblem(response, 422);
        assertThat(json(response).at("/errors/0/message").asText()).contains("System");
        assertThat(api.get("/actuator/health", null).body()).contains("UP");
    }

    @Test
    void shouldRefuseAForbiddenSnippetInAWorkbooksHiddenCodeCellFromAnAuthor() throws Exception {
        byte[] table = com.meritarchive.testing.AnnualWorkbook.edit(Files.readAllBytes(Path.of("decision-tables/Annual.drl.xlsx")),
                book -> book.getSheetAt(0).getRow(8).getCell(6).setCellValue("Thread.sleep(100000); insert(new Object());"));

        HttpResponse<String> response = api.postFiles(RULESETS, "author", Map.of("Annual.drl.xlsx", table));

        assertProblem(response, 422);
        JsonNode error = json(response).at("/errors/0");
        assertThat(error.get("sheet").asText()).isEqualTo("年度规则");
        assertThat(error.get("column").asText() + error.get("row").asInt()).isEqualTo("G9");
        assertThat(error.get("message").asText()).contains("Thread");
    }

    @Test
    void shouldRefuseADrlFromAnAuthorWith403NamingTheFile() throws Exception {
        byte[] vetoes = Files.readAllBytes(Path.of("rules/annual-vetoes.drl"));

        HttpResponse<String> response = api.postFiles(RULESETS, "author", Map.of("annual-vetoes.drl", vetoes));

        assertProblem(response, 403);
        assertThat(json(response).at("/errors/0/file").asText()).isEqualTo("annual-vetoes.drl");
        assertThat(response.body()).contains("PUBLISH");
        // PUBLISH may: 200 when the version holding these files is already stored (the shipped one), else 201
        assertThat(api.postFiles(RULESETS, "admin", Map.of("annual-vetoes.drl", vetoes)).statusCode()).isIn(200, 201);
    }

    @Test
    void shouldRefuseTwoHundredFilesWithoutA500() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            files.put("f" + i + ".drl.xlsx", new byte[] {1});
        }

        HttpResponse<String> response = api.postFiles(RULESETS, "author", files);

        assertProblem(response, 413);
        assertThat(json(response).get("title").asText()).isEqualTo("Too many files");
    }

    @Test
    void shouldRefuseFiftyOneFilesNamingTheLimit() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            files.put("f" + i + ".drl.xlsx", new byte[] {1});
        }

        HttpResponse<String> response = api.postFiles(RULESETS, "author", files);

        assertProblem(response, 422);
        assertThat(json(response).at("/errors/0/message").asText()).startsWith("一次最多上传 50 个文件");
    }

    @Test
    void shouldRefuseNamesWithNulPathsOrBidiCharactersNamingThem() throws Exception {
        int before = versions();
        for (String name : new String[] {"a\u0000.drl.xlsx", "../x.drl.xlsx", "a/b.drl.xlsx", "C:\\x.drl.xlsx",
                "Annual\u202Exslx.drl.xlsx"}) {
            HttpResponse<String> response = api.postFiles(RULESETS, "admin", Map.of(name, new byte[] {1}));

            assertThat(response.statusCode()).as(name + ": " + response.body()).isIn(400, 422);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).at("/errors/0/file").asText()).as(name).isNotEmpty();
        }
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void shouldExplainAWorkbookThatClaimsAGigabyteInChinese() throws Exception {
        HttpResponse<String> response = api.postFiles(RULESETS, "author", Map.of("Annual.drl.xlsx", ZipBomb.declaredHuge()));

        assertProblem(response, 422);
        assertThat(json(response).at("/errors/0/message").asText()).startsWith("文件解压后过大");
        assertThat(response.body()).doesNotContain("Tried to allocate");
    }

    @Test
    void shouldLetTheHrSystemDecideOnlyWithVersionsThatWerePublished() throws Exception {
        String active = json(api.get(RULESETS + "/active", "author")).get("id").asText();
        HttpResponse<String> uploaded = api.postFiles(RULESETS, "author",
                Map.of("Annual.drl.xlsx", com.meritarchive.testing.AnnualWorkbook.withA1Threshold(7)));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String candidate = json(uploaded).get("id").asText();

        HttpResponse<String> refused = api.postJson(ANNUAL + "?ruleSet=" + candidate, "hr", YEAR);
        assertProblem(refused, 403);
        assertThat(json(refused).get("detail").asText()).contains("only versions that have been published");
        assertThat(api.postJson(ANNUAL + "?ruleSet=" + candidate, "author", YEAR).statusCode()).isEqualTo(200);
        assertThat(api.postJson(ANNUAL + "?ruleSet=" + active, "hr", YEAR).statusCode()).isEqualTo(200);

        assertThat(api.putJson(RULESETS + "/active", "admin", "{\"id\":\"" + candidate + "\",\"force\":true}").statusCode())
                .isEqualTo(200);
        assertThat(api.putJson(RULESETS + "/active", "admin", "{\"id\":\"" + active + "\"}").statusCode()).isEqualTo(200);
        assertThat(api.postJson(ANNUAL + "?ruleSet=" + candidate, "hr", YEAR).statusCode()).isEqualTo(200);
    }
}
