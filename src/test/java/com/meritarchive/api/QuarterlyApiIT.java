package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The quarterly and step-down endpoints over real HTTP, with the examples the README shows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "merit.data-dir=target/it-data/${random.uuid}"})
class QuarterlyApiIT {

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void shouldAnswerTheQuarterlyExampleExactlyAsTheReadmeShowsIt() throws Exception {
        HttpResponse<String> response = api.postJson("/api/v1/decisions/quarterly", "hr",
                ApiClient.example("quarterly_2017Q1.req.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.withoutRuleSet(response.body()))
                .isEqualTo(ApiClient.withoutRuleSet(ApiClient.example("quarterly_2017Q1.resp.json")));
        assertThat(ApiClient.JSON.readTree(response.body()).at("/newRecords")).hasSize(9);
    }

    @Test
    void shouldAnswerTheStepDownExample() throws Exception {
        HttpResponse<String> response = api.postJson("/api/v1/decisions/step-down", "hr",
                ApiClient.example("step-down.req.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.withoutRuleSet(response.body()))
                .isEqualTo(ApiClient.withoutRuleSet(ApiClient.example("step-down.resp.json")));
    }

    @Test
    void shouldRefuseARankOutsideTheRankingWithItsPointer() throws Exception {
        String request = ApiClient.example("quarterly_2017Q1.req.json").replace("\"rank\": 9,", "\"rank\": 11,");

        HttpResponse<String> response = api.postJson("/api/v1/decisions/quarterly", "hr", request);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(ApiClient.JSON.readTree(response.body()).get("errors").findValuesAsText("pointer"))
                .containsExactly("/assessments/1/rank");
    }

    @Test
    void shouldNeedALoginForStepDown() throws Exception {
        HttpResponse<String> response = api.post("/api/v1/decisions/step-down", null, null, "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString(ApiClient.example("step-down.req.json")));

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
