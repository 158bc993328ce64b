package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The documents endpoints over real HTTP: the decision endpoints' bodies in, notices and filings per recipient out. */
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
        HttpResponse<String> response = documentsJson("/api/v1/documents/annual", ApiClient.example("annual_county.req.json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
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
        HttpResponse<String> response = documentsJson("/api/v1/documents/quarterly", ApiClient.example("quarterly_2017Q1.req.json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = ApiClient.JSON.readTree(response.body());
        assertThat(answer.at("/quarter").asInt()).isEqualTo(1);
        assertThat(answer.at("/documents/0/title").asText()).isEqualTo("关于2017年第一季度重点工作实绩档案考核结果的公示");
    }

    @Test
    void shouldEndTheQuartersDocumentsWithAWarningListPerUnitAddressedToTheUnit() throws Exception {
        JsonNode answer = ApiClient.JSON.readTree(documentsJson("/api/v1/documents/quarterly",
                ApiClient.example("quarterly_2017Q1.req.json")).body());
        JsonNode decision = ApiClient.JSON.readTree(api.postJson("/api/v1/decisions/quarterly", "hr",
                ApiClient.example("quarterly_2017Q1.req.json")).body());

        List<JsonNode> lists = new java.util.ArrayList<>();
        answer.get("documents").forEach(document -> {
            if (document.get("recipient").asText().equals("UNIT")) {
                lists.add(document);
            } else {
                assertThat(lists).as("warning lists come after the routed documents").isEmpty();
                assertThat(document.has("unitId")).isFalse();
                document.get("entries").forEach(entry -> assertThat(entry.has("message")).isFalse());
            }
        });
        // the worked quarter warns C001, C002 (U01), C005 (U02), C003, C006 (U03)
        assertThat(lists).extracting(list -> list.get("unitId").asText()).containsExactly("U01", "U02", "U03");
        assertThat(lists).extracting(list -> list.get("unitName").asText()).containsExactly("县发展和改革局", "县统计局", "县财政局");
        assertThat(lists).allSatisfy(list -> assertThat(list.get("title").asText()).isEqualTo("2017年第一季度重点工作预警名单"));
        int entries = 0;
        for (JsonNode list : lists) {
            for (JsonNode entry : list.get("entries")) {
                entries++;
                JsonNode warning = warning(decision, entry);
                assertThat(entry.get("message")).isEqualTo(warning.get("message"));
                assertThat(entry.get("evidence")).isEqualTo(warning.get("evidence"));
                assertThat(entry.get("label").asText()).isNotBlank();
            }
        }
        assertThat(entries).as("every warning of the decision, once").isEqualTo(decision.get("warnings").size()).isPositive();
    }

    /** The decision's warning an entry of a warning list stands for. */
    private static JsonNode warning(JsonNode decision, JsonNode entry) {
        for (JsonNode warning : decision.get("warnings")) {
            if (warning.get("subjectId").equals(entry.get("subjectId")) && warning.get("code").equals(entry.get("code"))
                    && warning.get("rule").equals(entry.get("rule"))) {
                return warning;
            }
        }
        throw new AssertionError("no warning for " + entry);
    }

    @Test
    void shouldAnswerTheStepDownExampleWithAFilingOnly() throws Exception {
        HttpResponse<String> response = documentsJson("/api/v1/documents/step-down", ApiClient.example("step-down.req.json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
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
    void shouldAnswerTheWordAndExcelFilesOfEveryDocumentAsAZipByDefault() throws Exception {
        HttpResponse<byte[]> response = api.sendBytes("/api/v1/documents/annual?documentDate=2018-01-05&noticeStart=2018-01-08",
                "hr", ApiClient.example("annual_county.req.json"), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("filename*=UTF-8''" + URLEncoder.encode("2017年度公示与备案.zip", StandardCharsets.UTF_8)));
        Map<String, byte[]> files = unzip(response.body());
        JsonNode model = ApiClient.JSON.readTree(files.get("documents.json"));
        assertThat(model.at("/documents")).hasSizeGreaterThan(1);
        int number = 1;
        for (JsonNode document : model.at("/documents")) {
            String base = String.format("%02d-", number++);
            String docx = files.keySet().stream().filter(n -> n.startsWith(base) && n.endsWith(".docx")).findFirst().orElseThrow();
            String xlsx = docx.replace(".docx", ".xlsx");
            assertThat(docx).contains(document.get("title").asText());
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(files.get(docx)))) {
                assertThat(word.getParagraphs().get(0).getText()).isEqualTo(document.get("title").asText());
                List<String> names = new ArrayList<>();
                for (XWPFTable table : word.getTables()) { // one table per kind of result (一、…), header row first
                    table.getRows().stream().skip(1).forEach(row -> names.add(row.getCell(1).getText()));
                }
                List<String> expected = new ArrayList<>();
                document.get("entries").forEach(entry -> expected.add(entry.get("name").asText()));
                assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
                if (!document.get("recipient").asText().equals("PUBLIC")) {
                    assertThat(word.getTables().get(0).getText()).contains("2017年第").contains("（有效）");
                }
                if (document.get("recipient").asText().equals("PUBLIC")) {
                    assertThat(text(word)).contains("公示期为2018年1月8日至2018年1月12日（5个工作日）").contains("2018年1月5日");
                }
            }
            try (XSSFWorkbook roster = new XSSFWorkbook(new ByteArrayInputStream(files.get(xlsx)))) {
                assertThat(roster.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(document.get("title").asText());
            }
        }
    }

    @Test
    void shouldGiveTheSameDocumentsAsZipAndAsJson() throws Exception {
        HttpResponse<byte[]> zip = api.sendBytes("/api/v1/documents/quarterly", "hr", ApiClient.example("quarterly_2017Q1.req.json"),
                "application/zip");
        HttpResponse<String> json = documentsJson("/api/v1/documents/quarterly", ApiClient.example("quarterly_2017Q1.req.json"));

        assertThat(zip.statusCode()).isEqualTo(200);
        ObjectNode inZip = (ObjectNode) ApiClient.JSON.readTree(unzip(zip.body()).get("documents.json"));
        ObjectNode answered = (ObjectNode) ApiClient.JSON.readTree(json.body());
        assertThat(inZip.remove("decisionId").asText()).isEqualTo(zip.headers().firstValue("Decision-Id").orElseThrow());
        assertThat(answered.remove("decisionId").asText()).isNotBlank();
        assertThat(inZip).isEqualTo(answered);
    }

    @Test
    void shouldRecordTheDocumentsAsADecisionTheCallerCanReadBack() throws Exception {
        HttpResponse<byte[]> zip = api.sendBytes("/api/v1/documents/annual", "hr", ApiClient.example("annual_county.req.json"), null);
        String id = zip.headers().firstValue("Decision-Id").orElseThrow();

        HttpResponse<String> recorded = api.get("/api/v1/decisions/" + id, "hr");

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        JsonNode record = ApiClient.JSON.readTree(recorded.body());
        assertThat(record.at("/kind").asText()).isEqualTo("DOCUMENTS_ANNUAL");
        assertThat(record.at("/decidedBy").asText()).isEqualTo("hr");
        assertThat(record.at("/answer")).isEqualTo(ApiClient.JSON.readTree(unzip(zip.body()).get("documents.json")));
    }

    @Test
    void shouldRefuseAMalformedDateNamingTheParameterAndDecideNothing() throws Exception {
        HttpResponse<byte[]> response = api.sendBytes("/api/v1/documents/annual?documentDate=2018-13-05&noticeStart=tomorrow",
                "hr", ApiClient.example("annual_county.req.json"), null);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.JSON.readTree(response.body());
        assertThat(problem.at("/errors/0/parameter").asText()).isEqualTo("documentDate");
        assertThat(problem.at("/errors/1/parameter").asText()).isEqualTo("noticeStart");
    }

    @Test
    void shouldRefuseANoticeThatStartsBeforeItIsSigned() throws Exception {
        HttpResponse<byte[]> response = api.sendBytes("/api/v1/documents/annual?documentDate=2018-01-08&noticeStart=2018-01-05",
                "hr", ApiClient.example("annual_county.req.json"), "application/zip");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("noticeStart");
    }

    @Test
    void shouldAnswerAnInvalidBodyAsAProblemEvenToACallerThatAcceptsOnlyZip() throws Exception {
        HttpResponse<byte[]> response = api.sendBytes("/api/v1/documents/annual", "hr", "{\"year\": 2017, \"units\": []}",
                "application/zip");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private HttpResponse<String> documentsJson(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("hr:hr-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String text(XWPFDocument word) {
        return String.join("\n", word.getParagraphs().stream().map(p -> p.getText()).toList());
    }
}
