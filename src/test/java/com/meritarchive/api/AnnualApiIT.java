package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.ruleset.RuleSetFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The annual endpoint over real HTTP, as the HR system calls it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.max-request-size=256KB", "merit.data-dir=target/it-data/${random.uuid}"})
class AnnualApiIT {

    private static final ObjectMapper JSON = ApiClient.JSON;
    private static final String ANNUAL = "/api/v1/decisions/annual";

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    private HttpResponse<String> post(String path, String user, String password, String contentType, BodyPublisher body)
            throws Exception {
        return api.post(path, user, password, contentType, body);
    }

    private HttpResponse<String> decide(String body) throws Exception {
        return api.postJson(ANNUAL, "hr", body);
    }

    private static String example(String name) throws Exception {
        return ApiClient.example(name);
    }

    @Test
    void shouldAnswerTheShippedExampleExactlyAsTheReadmeShowsIt() throws Exception {
        HttpResponse<String> response = decide(example("annual_county.req.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode answer = JSON.readTree(response.body());
        String sha256 = RuleSetFiles.readFolders(List.of(Path.of("rules"), Path.of("decision-tables"))).sha256();
        assertThat(answer.at("/ruleSet/sha256").asText()).isEqualTo(sha256);
        assertThat(answer.at("/ruleSet/id").asText()).isEqualTo(sha256.substring(0, 12));
        assertThat(ApiClient.withoutRuleSet(response.body()))
                .isEqualTo(ApiClient.withoutRuleSet(example("annual_county.resp.json")));
    }

    @Test
    void shouldGiveByteIdenticalAnswersForTheSameInput() throws Exception {
        String request = example("annual_county.req.json");

        String first = decide(request).body();
        String second = decide(request).body();

        assertThat(second).as("a decisionId of its own each time").isNotEqualTo(first);
        assertThat(ApiClient.withoutDecisionId(second)).isEqualTo(ApiClient.withoutDecisionId(first)).startsWith("{\"year\":");
    }

    @Test
    void shouldRefuseInvalidInputWithEveryPointerAsProblemJson() throws Exception {
        HttpResponse<String> response = decide("{\"year\":2017,\"units\":[],\"cadres\":[],\"records\":["
                + "{\"id\":\"r1\",\"subjectType\":\"CADRE\",\"subjectId\":\"C1\",\"type\":\"PERFORMANCE\",\"year\":2018,"
                + "\"quarter\":0,\"indicator\":\"GDP\"}]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("errors").findValuesAsText("pointer"))
                .containsExactly("/records/0/quarter", "/records/0/subjectId");
    }

    @Test
    void shouldAnswer400ForMalformedJson() throws Exception {
        HttpResponse<String> response = decide("{\"year\": 2017,");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void shouldAnswer415ForAWrongContentType() throws Exception {
        HttpResponse<String> response = post(ANNUAL, "hr", "hr-secret", "text/plain", BodyPublishers.ofString("{}"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void shouldAnswer413ForADeclaredLengthOverTheLimit() throws Exception {
        String padding = " ".repeat(300 * 1024);

        HttpResponse<String> response = decide("{\"year\":2017" + padding + "}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(413);
    }

    @Test
    void shouldAnswer413ForAChunkedBodyOverTheLimit() throws Exception {
        byte[] body = ("{\"year\":2017" + " ".repeat(300 * 1024) + "}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(ANNUAL, "hr", "hr-secret", "application/json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    /**
     * A caller over the limit, with a declared length or chunked, gets its 413 once what it sends
     * has been read, not while it is still sending: answered earlier, the answer raced the
     * connection's close, and callers under load sometimes saw the connection reset instead of
     * their 413 (16 of 1,200 calls of 300 KB, four callers at once).
     */
    @Test
    void shouldAnswer413OnlyOnceWhatTheCallerSendsHasArrived() throws Exception {
        byte[] first = ("{\"year\":2017" + " ".repeat(270 * 1024)).getBytes(StandardCharsets.UTF_8);
        byte[] rest = (" ".repeat(30 * 1024) + "}").getBytes(StandardCharsets.UTF_8);
        String credentials = Base64.getEncoder().encodeToString("hr:hr-secret".getBytes(StandardCharsets.UTF_8));
        for (boolean chunked : new boolean[] {false, true}) {
            try (Socket socket = new Socket("localhost", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + ANNUAL + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                        + "\r\nContent-Type: application/json\r\n"
                        + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + (first.length + rest.length))
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                writePart(out, first, chunked);
                out.flush();
                socket.setSoTimeout(700);
                InputStream in = socket.getInputStream();
                assertThatThrownBy(in::read).as(chunked ? "chunked" : "declared length")
                        .isInstanceOf(SocketTimeoutException.class); // nothing answered yet
                writePart(out, rest, chunked);
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                socket.setSoTimeout(10_000);
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 413").contains("merit.max-request-size");
            }
        }
    }

    private static void writePart(OutputStream out, byte[] part, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(part);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void shouldAnswer404ForAnUnknownRuleSet() throws Exception {
        HttpResponse<String> response = post(ANNUAL + "?ruleSet=000000000000", "hr", "hr-secret", "application/json",
                BodyPublishers.ofString(example("annual_county.req.json")));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void shouldDecideWithTheActiveRuleSetNamedById() throws Exception {
        String request = example("annual_county.req.json");
        String id = JSON.readTree(decide(request).body()).at("/ruleSet/id").asText();

        HttpResponse<String> response = post(ANNUAL + "?ruleSet=" + id, "hr", "hr-secret", "application/json",
                BodyPublishers.ofString(request));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.withoutDecisionId(response.body())).isEqualTo(ApiClient.withoutDecisionId(decide(request).body()));
    }

    @Test
    void shouldAnswer401WithoutOrWithWrongCredentials() throws Exception {
        HttpResponse<String> anonymous = post(ANNUAL, null, null, "application/json", BodyPublishers.ofString("{}"));
        HttpResponse<String> wrong = post(ANNUAL, "hr", "guess", "application/json", BodyPublishers.ofString("{}"));

        for (HttpResponse<String> response : List.of(anonymous, wrong)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        }
    }

    @Test
    void shouldLetEveryRoleDecide() throws Exception {
        for (String user : List.of("hr", "author", "admin")) {
            HttpResponse<String> response = post(ANNUAL, user, user + "-secret", "application/json",
                    BodyPublishers.ofString(example("annual_county.req.json")));
            assertThat(response.statusCode()).as(user).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswer403WhenTheHrUserReachesForRuleSets() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/rulesets", "hr");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void shouldServeHealthWithoutLogin() throws Exception {
        HttpResponse<String> response = api.get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }
}
