package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The documents endpoints over real HTTP: the decision endpoints' bodies in, notices and filings
 * per recipient out, as JSON when asked for and as a zip of Word and Excel files by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.max-request-size=256KB", "merit.data-dir=target/it-data/${random.uuid}"})
class DocumentsApiIT {

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void shouldAnswerTheAnnualExampleWithAPublicNoticeWithoutEvidenceFirst() throws Exception {
        HttpResponse<byte[]> response = api.sendBytes("/api/v1/documents/annual", "hr", ApiClient.example("annual_county.req.json"),
                "application/json");

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode answer = ApiClient.JSON.readTree(response.body());
        assertThat(answer.at("/year").asInt()).isEqualTo(2017);
        assertThat(answer.at("/ruleSet/sha256").asText()).hasSize(64);
        assertThat(answer.at("/documents/0/recipient").asText()).isEqualTo("PUBLIC");
        assertThat(answer.at("/documents/0/title").asText()).isEqualTo("关于2017年度重点工作实绩档案考核结果的公示");
        answer.at("/documents/0/entries").forEach(entry -> assertThat(entry.get("evidence")).isEmpty());
    }

    @Test
    void shouldAnswerTheQuarterlyExampleWithTheQuarterInItsTitles() throws Exception {
        HttpResponse<byte[]> response = api.sendBytes("/api/v1/documents/quarterly", "hr",
                ApiClient.example("quarterly_2017Q1.req.json"), "application/json");

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        JsonNode answer = ApiClient.JSON.readTree(response.body());
        assertThat(answer.at("/quarter").asInt()).isEqualTo(1);
        assertThat(answer.at("/documents/0/title").asText()).isEqualTo("关于2017年第一季度重点工作实绩档案考核结果的公示");
    }

    @Test
    void shouldAnswerTheStepDownExampleWithAFilingOnly() throws Exception {
        HttpResponse<byte[]> response = api.sendBytes("/api/v1/documents/step-down", "hr", ApiClient.example("step-down.req.json"),
                "application/json");

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        JsonNode answer = ApiClient.JSON.readTree(response.body());
        answer.at("/documents").forEach(document -> assertThat(document.get("recipient").asText()).isNotEqualTo("PUBLIC"));
    }

    @Test
    void shouldRefuseACallerWithoutCredentials() throws Exception {
        HttpResponse<String> response = api.post("/api/v1/documents/annual", null, null, "application/json",
                BodyPublishers.ofString(ApiClient.example("annual_county.req.json")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRefuseAnUnpublishedVersionForACallerWithoutTheAuthorRole() throws Exception {
        HttpResponse<String> response = api.postJson("/api/v1/documents/annual?ruleSet=nosuchid", "hr",
                ApiClient.example("annual_county.req.json"));

        assertThat(response.statusCode()).isIn(403, 404);
    }

    @Test
    void shouldAnswerAZipOfWordAndExcelFilesByDefaultWithTheRecordsSpelledOutInFilings() throws Exception {
        HttpResponse<byte[]> response = api.sendBytes("/api/v1/documents/annual", "hr", ApiClient.example("annual_county.req.json"),
                null);

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(files.keySet()).contains("documents.json").anyMatch(name -> name.startsWith("01-公示-") && name.endsWith(".docx"));
        String filing = files.keySet().stream().filter(name -> name.startsWith("02-县委组织部-") && name.endsWith(".docx")).findFirst()
                .orElseThrow();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(files.get(filing)))) {
            assertThat(word.getTables().get(0).getText()).contains("2017年第1季度").contains("实绩档案（有效）");
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
