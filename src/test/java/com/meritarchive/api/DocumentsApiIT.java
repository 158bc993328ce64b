package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.http.HttpResponse;
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
        HttpResponse<String> response = api.postJson("/api/v1/documents/annual", "hr", ApiClient.example("annual_county.req.json"));

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
        HttpResponse<String> response = api.postJson("/api/v1/documents/quarterly", "hr",
                ApiClient.example("quarterly_2017Q1.req.json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = ApiClient.JSON.readTree(response.body());
        assertThat(answer.at("/quarter").asInt()).isEqualTo(1);
        assertThat(answer.at("/documents/0/title").asText()).isEqualTo("关于2017年第一季度重点工作实绩档案考核结果的公示");
    }

    @Test
    void shouldAnswerTheStepDownExampleWithAFilingOnly() throws Exception {
        HttpResponse<String> response = api.postJson("/api/v1/documents/step-down", "hr", ApiClient.example("step-down.req.json"));

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
    void shouldAnswer406ToACallerThatAcceptsOnlyZipForNow() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents/annual"))
                .header("Content-Type", "application/json").header("Accept", "application/zip")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("hr:hr-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(BodyPublishers.ofString(ApiClient.example("annual_county.req.json"))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(406);
    }
}
