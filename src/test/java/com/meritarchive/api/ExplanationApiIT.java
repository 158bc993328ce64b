package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.testing.AnnualWorkbook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Why over real HTTP: a recorded decision's subject explained in Chinese with its records in full
 * and the offers it did not get, readable as the decision is (its caller, AUTHOR, ADMIN); unknown
 * decisions and subjects 404, a bad subjectType or parameter 422.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.data-dir=target/it-data/${random.uuid}"})
class ExplanationApiIT {

    private static final String DECISIONS = "/api/v1/decisions";

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    private String decide(String endpoint, String example, String user) throws Exception {
        HttpResponse<String> answer = api.postJson(DECISIONS + "/" + endpoint, user, ApiClient.example(example));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(answer.body()).path("decisionId").asText();
    }

    private JsonNode explain(String path, String user) throws Exception {
        HttpResponse<String> answer = api.get(DECISIONS + "/" + path, user);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return ApiClient.JSON.readTree(answer.body());
    }

    private JsonNode problem(String path, String user, int status) throws Exception {
        HttpResponse<String> answer = api.get(DECISIONS + "/" + path, user);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return ApiClient.JSON.readTree(answer.body());
    }

    @Test
    void shouldExplainWhyACadreWithATraceWasNotRatedExcellent() throws Exception {
        String id = decide("annual", "annual_county.req.json", "hr");

        JsonNode why = explain(id + "/subjects/C006", "hr");

        assertThat(why.get("decisionId").asText()).isEqualTo(id);
        assertThat(why.get("kind").asText()).isEqualTo("ANNUAL");
        assertThat(why.get("year").asInt()).isEqualTo(2017);
        assertThat(why.has("quarter")).isFalse();
        assertThat(why.at("/ruleSet/id").asText()).isNotBlank();
        assertThat(why.get("subjectType").asText()).isEqualTo("CADRE");
        assertThat(why.get("name").asText()).isEqualTo("刘洋");
        assertThat(why.at("/unit/name").asText()).isEqualTo("县财政局");
        JsonNode outcome = why.at("/outcomes/0");
        assertThat(outcome.get("code").asText()).isEqualTo("OUTSTANDING_CADRE_LIST");
        assertThat(outcome.get("label").asText()).isEqualTo("列入工作实绩表现突出干部名单");
        assertThat(outcome.get("rule").asText()).isEqualTo("A3");
        assertThat(outcome.get("clause").asText()).startsWith("连续2个季度记入实绩档案");
        JsonNode record = outcome.at("/evidence/0");
        assertThat(record.get("id").asText()).isEqualTo("2017Q1-基层党建工作考核/C006");
        assertThat(record.get("indicator").asText()).isEqualTo("基层党建工作考核");
        assertThat(record.get("keyWork").asText()).isEqualTo("党的建设");
        assertThat(record.get("type").asText()).isEqualTo("PERFORMANCE");
        assertThat(record.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(record.get("year").asInt()).isEqualTo(2017);
        assertThat(record.get("quarter").asInt()).isEqualTo(1);
        JsonNode a1 = why.at("/notGiven/0");
        assertThat(a1.get("code").asText()).isEqualTo("ANNUAL_EXCELLENT");
        assertThat(a1.get("label").asText()).isEqualTo("年度考核直接评为优秀");
        assertThat(a1.get("rule").asText()).isEqualTo("A1");
        assertThat(a1.get("clause").asText()).startsWith("一年记入2次以上实绩档案");
        assertThat(a1.get("reason").asText()).isEqualTo("2017 年未销号问题痕迹 1 次，多于 0 次");
        assertThat(why.get("notGiven")).extracting(n -> n.get("code").asText())
                .doesNotContain("OUTSTANDING_CADRE_LIST").contains("MAJOR_CONTRIBUTION_NOMINEE", "DISCIPLINE_REFERRAL");
    }

    @Test
    void shouldExplainWithTheVersionThatDecidedEvenWhenItIsNotThePublishedOne() throws Exception {
        HttpResponse<String> uploaded = api.postFiles("/api/v1/rulesets", "author",
                Map.of(AnnualWorkbook.FILE, AnnualWorkbook.withA1Threshold(3)));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isIn(200, 201);
        String raised = ApiClient.JSON.readTree(uploaded.body()).get("id").asText();
        HttpResponse<String> answer = api.postJson(DECISIONS + "/annual?ruleSet=" + raised, "author",
                ApiClient.example("annual_county.req.json"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String id = ApiClient.JSON.readTree(answer.body()).path("decisionId").asText();

        JsonNode c002 = explain(id + "/subjects/C002", "author");

        assertThat(c002.at("/ruleSet/id").asText()).isEqualTo(raised);
        assertThat(c002.get("outcomes")).isEmpty();
        assertThat(c002.at("/notGiven/0/rule").asText()).isEqualTo("A1");
        assertThat(c002.at("/notGiven/0/reason").asText()).isEqualTo("2017 年实绩档案 2 次，少于 3 次");
    }

    @Test
    void shouldExplainADocumentsCallAsTheDecisionBehindIt() throws Exception {
        HttpRequest call = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents/annual"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "hr:hr-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.example("annual_county.req.json"))).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(call, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String documents = ApiClient.JSON.readTree(answer.body()).path("decisionId").asText();
        String decision = decide("annual", "annual_county.req.json", "hr");

        JsonNode fromDocuments = explain(documents + "/subjects/C006", "hr");
        JsonNode fromDecision = explain(decision + "/subjects/C006", "hr");

        assertThat(fromDocuments.get("kind").asText()).isEqualTo("DOCUMENTS_ANNUAL");
        assertThat(fromDocuments.get("outcomes")).isEqualTo(fromDecision.get("outcomes"));
        assertThat(fromDocuments.get("notGiven")).isEqualTo(fromDecision.get("notGiven"));
    }

    @Test
    void shouldNameTheVetoAndOfferACountyUnitNothing() throws Exception {
        String id = decide("annual", "annual_county.req.json", "hr");

        JsonNode stationed = explain(id + "/subjects/S02?subjectType=UNIT", "hr");
        assertThat(stationed.get("unitKind").asText()).isEqualTo("STATIONED");
        assertThat(stationed.get("notGiven")).singleElement().satisfies(u1 -> {
            assertThat(u1.get("rule").asText()).isEqualTo("U1");
            assertThat(u1.get("reason").asText()).contains("（U2）").contains("否决");
        });
        assertThat(explain(id + "/subjects/U01", "hr").get("notGiven")).isEmpty();
    }

    @Test
    void shouldShowAQuartersNewRecordsAndCancellations() throws Exception {
        String id = decide("quarterly", "quarterly_2017Q1.req.json", "hr");

        JsonNode c001 = explain(id + "/subjects/C001", "hr");
        assertThat(c001.get("quarter").asInt()).isEqualTo(1);
        assertThat(c001.get("newRecords")).extracting(r -> r.get("id").asText())
                .containsExactly("2017Q1-FAI/C001", "2017Q1-INC/C001");
        assertThat(c001.at("/outcomes/0/rule").asText()).isEqualTo("Q6");
        assertThat(c001.at("/outcomes/0/evidence")).extracting(r -> r.get("quarter").asInt()).contains(1);
        assertThat(c001.get("notGiven")).extracting(n -> n.get("rule").asText()).containsExactly("Q4", "Q5", "Q5");
        assertThat(c001.at("/notGiven/1/reason").asText())
                .isEqualTo("连续记入问题痕迹档案最长 1 个季度（任意指标，截至本季度），少于 2 个季度");
        JsonNode c005 = explain(id + "/subjects/C005", "hr");
        assertThat(c005.get("cancellations")).singleElement()
                .satisfies(c -> assertThat(c.get("recordId").asText()).isEqualTo("2016Q4-TAX/C005"));
    }

    @Test
    void shouldLetTheCallerAuthorAndAdminReadAnExplanationAndNobodyElse() throws Exception {
        String byHr = decide("annual", "annual_county.req.json", "hr");
        String byAuthor = decide("annual", "annual_county.req.json", "author");
        for (String user : List.of("hr", "author", "admin")) {
            assertThat(api.get(DECISIONS + "/" + byHr + "/subjects/C001", user).statusCode()).as(user).isEqualTo(200);
        }
        assertThat(problem(byAuthor + "/subjects/C001", "hr", 403).get("detail").asText()).contains("another caller");
        assertThat(api.get(DECISIONS + "/" + byAuthor + "/subjects/C001", "admin").statusCode()).isEqualTo(200);
        assertThat(api.get(DECISIONS + "/" + byHr + "/subjects/C001", null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswer404ForAnUnknownDecisionOrSubjectAnd422ForABadQuery() throws Exception {
        String id = decide("annual", "annual_county.req.json", "hr");

        assertThat(problem("nosuchid/subjects/C001", "hr", 404).get("title").asText()).isEqualTo("Unknown decision");
        assertThat(problem(id + "/subjects/C999", "hr", 404).get("detail").asText())
                .isEqualTo("Decision '" + id + "' has no cadre or unit with id 'C999'");
        assertThat(problem(id + "/subjects/C001?subjectType=UNIT", "hr", 404).get("detail").asText()).contains("no unit");
        assertThat(problem(id + "/subjects/C001?subjectType=PERSON", "hr", 422).at("/errors/0/parameter").asText())
                .isEqualTo("subjectType");
        assertThat(problem(id + "/subjects/C001?colour=red", "hr", 422).at("/errors/0/parameter").asText()).isEqualTo("colour");
        String stepDown = decide("step-down", "step-down.req.json", "hr");
        // a step-down has no cadres and units to explain
        assertThat(problem(stepDown + "/subjects/C001", "hr", 422).get("detail").asText()).contains("STEP_DOWN");
    }
}
