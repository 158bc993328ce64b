package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document the running service serves at {@code /v3/api-docs} without a login: every
 * endpoint of docs/api.md and of the role matrix is in it with the role the role matrix proves
 * and its problem+json errors; every example file of {@code examples/} is shown and is valid
 * against its operation's schemas, while a mutated one is not; {@code GET /} leads to the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.data-dir=target/it-data/${random.uuid}"})
class ApiDescriptionIT {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    private OpenApiDocument document;

    @BeforeEach
    void fetchTheDocument() throws Exception {
        HttpResponse<String> answer = get("/v3/api-docs");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        document = new OpenApiDocument(answer.body());
    }

    @Test
    void shouldDescribeEveryApiEndpointWithTheRoleTheRoleMatrixProves() {
        List<RoleMatrixIT.Endpoint> api = RoleMatrixIT.ENDPOINTS.stream().filter(e -> e.path().startsWith("/api/")).toList();
        assertThat(api).hasSizeGreaterThan(10);
        for (RoleMatrixIT.Endpoint endpoint : api) {
            OpenApiDocument.Operation operation = operation(endpoint.method(), endpoint.path());
            assertThat(operation.node().path("x-required-role").asText()).as(operation.toString())
                    .isEqualTo(endpoint.role().name());
            assertThat(operation.node().path("security").toString()).as(operation.toString()).contains("basicAuth");
        }
        assertThat(document.root.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    }

    @Test
    void shouldDescribeEveryEndpointDocsApiMdNames() throws IOException {
        Matcher row = Pattern.compile("(?m)^\\| `(GET|POST|PUT|DELETE) (/api/[^`?]*)`").matcher(Files.readString(Path.of("docs/api.md")));
        Set<String> named = new TreeSet<>();
        while (row.find()) {
            named.add(row.group(1) + " " + row.group(2));
        }
        assertThat(named).hasSizeGreaterThan(10);
        for (String endpoint : named) {
            String[] parts = endpoint.split(" ");
            operation(parts[0], parts[1]);
        }
    }

    @Test
    void shouldKeepPagesAndActuatorOutOfTheDocumentAndAskALoginForEveryOperation() {
        assertThat(document.operations()).isNotEmpty().allSatisfy(operation -> {
            assertThat(operation.path()).startsWith("/api/v1/");
            assertThat(operation.node().path("security").toString()).as(operation.toString()).contains("basicAuth");
        });
    }

    @Test
    void shouldDescribeTheProblemAnswersOfEachOperation() {
        JsonNode problem = document.root.at("/components/schemas/Problem/properties");
        assertThat(problem.fieldNames()).toIterable().contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(document.root.at("/components/schemas/ProblemError/properties").fieldNames()).toIterable()
                .contains("pointer", "message");
        for (OpenApiDocument.Operation operation : document.operations()) {
            JsonNode responses = operation.node().path("responses");
            List<String> expected = new ArrayList<>(List.of("401", "403"));
            if (operation.node().has("requestBody")) {
                expected.addAll(List.of("400", "413", "415", "422"));
            }
            if (operation.node().at("/requestBody/content").has(JSON)) {
                expected.add("503");
            }
            if (operation.path().contains("{")) {
                expected.add("404");
            }
            for (String status : expected) {
                assertThat(responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText())
                        .as("%s %s", operation, status).isEqualTo("#/components/schemas/Problem");
            }
        }
        assertThat(operation("PUT", "/api/v1/rulesets/active").node().path("responses").has("409")).isTrue();
        assertThat(operation("POST", "/api/v1/decisions/annual").node().path("responses").has("404")).isTrue();
    }

    @Test
    void shouldDescribeRequestBodiesThatRefuseUnknownFields() {
        JsonNode schemas = document.root.at("/components/schemas");
        for (String name : List.of("AnnualRequest", "QuarterlyRequest", "StepDownRequest", "SimulationRequest",
                "ActivationRequest", "UnitInput", "CadreInput", "RecordInput", "AssessmentInput", "GroupMemberInput")) {
            assertThat(schemas.path(name).path("additionalProperties").asBoolean(true)).as(name).isFalse();
        }
        assertThat(schemas.at("/UnitInput/properties/kind/enum").toString()).isEqualTo("[\"COUNTY\",\"STATIONED\"]");
        JsonNode documents = operation("POST", "/api/v1/documents/annual").node().at("/responses/200/content");
        assertThat(documents.fieldNames()).toIterable().containsExactlyInAnyOrder("application/zip", JSON);
        assertThat(operation("POST", "/api/v1/documents/annual").node().at("/responses/200/description").asText())
                .contains("zip (default");
    }

    @Test
    void shouldDescribeTheWarningFieldsOfDocumentsAndSimulations() {
        JsonNode schemas = document.root.at("/components/schemas");
        assertThat(schemas.at("/Document/properties/recipient/description").asText()).contains("`UNIT`", "预警名单");
        assertThat(schemas.at("/Document/properties/unitId/description").asText()).contains("warning list");
        assertThat(schemas.at("/Document/properties").fieldNames()).toIterable().contains("unitName")
                .doesNotContain("warningList");
        assertThat(schemas.at("/Entry/properties/message/description").asText()).contains("W1-W6");
        assertThat(schemas.at("/Simulation/properties/warningSummary/description").asText()).contains("Quarterly datasets only");
        assertThat(schemas.at("/Change/properties/gainedWarnings/description").asText()).contains("{code, rule}");
        assertThat(schemas.at("/Change/properties/lostWarnings/type").asText()).isEqualTo("array");
    }

    @Test
    void shouldShowEveryExampleFileOnItsOperation() throws IOException {
        Set<String> shown = new TreeSet<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            operation.node().at("/requestBody/content/application~1json/examples").forEach(
                    example -> shown.add(example.path("summary").asText()));
            operation.node().at("/responses/200/content/application~1json/examples").forEach(
                    example -> shown.add(example.path("summary").asText()));
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> listed = Files.list(Path.of("examples"))) {
            listed.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".json")).forEach(files::add);
        }
        assertThat(files).isNotEmpty();
        assertThat(shown).isEqualTo(files);
    }

    @Test
    void shouldFindEveryExampleValidAgainstItsOperationsSchemas() {
        int checked = 0;
        for (OpenApiDocument.Operation operation : document.operations()) {
            for (String at : List.of("/requestBody/content/application~1json", "/responses/200/content/application~1json")) {
                JsonNode media = operation.node().at(at);
                for (Map.Entry<String, JsonNode> example : OpenApiDocument.fields(media.path("examples"))) {
                    assertThat(document.problems(operation.pointer() + at + "/schema", example.getValue().path("value")))
                            .as("%s %s example %s", operation, at, example.getKey()).isEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).as("request examples on 6 operations, answer examples on 3").isEqualTo(6 + 3);
    }

    @Test
    void shouldFindMutatedExamplesInvalidSoThatTheCheckCanFail() {
        OpenApiDocument.Operation annual = operation("POST", "/api/v1/decisions/annual");
        String request = annual.pointer() + "/requestBody/content/application~1json";
        JsonNode example = annual.node().at("/requestBody/content/application~1json/examples/annual_county/value");
        assertThat(document.problems(request + "/schema", example)).isEmpty();

        ObjectNode misspelled = example.deepCopy();
        ((ObjectNode) misspelled.at("/records/0")).put("Status", "CANCELLED");
        assertThat(document.problems(request + "/schema", misspelled)).as("an unknown field").isNotEmpty();

        ObjectNode wrongKind = example.deepCopy();
        ((ObjectNode) wrongKind.at("/units/0")).set("kind", TextNode.valueOf("TOWN"));
        assertThat(document.problems(request + "/schema", wrongKind)).as("a value outside the enum").isNotEmpty();

        ObjectNode noYear = example.deepCopy();
        noYear.remove("year");
        assertThat(document.problems(request + "/schema", noYear)).as("a missing required field").isNotEmpty();

        ObjectNode quarterFive = example.deepCopy();
        ((ObjectNode) quarterFive.at("/records/0")).put("quarter", 5);
        assertThat(document.problems(request + "/schema", quarterFive)).as("a quarter outside 1-4").isNotEmpty();

        String answer = annual.pointer() + "/responses/200/content/application~1json/schema";
        ObjectNode badAnswer = annual.node().at("/responses/200/content/application~1json/examples/annual_county/value")
                .deepCopy();
        badAnswer.put("cadres", "none");
        assertThat(document.problems(answer, badAnswer)).as("an answer of the wrong shape").isNotEmpty();
    }

    @Test
    void shouldServeTheDescriptionAndSwaggerUiWithoutALogin() throws Exception {
        HttpResponse<String> ui = get("/swagger-ui.html");
        assertThat(ui.statusCode()).isEqualTo(302);
        String location = ui.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/swagger-ui/index.html");
        HttpResponse<String> page = get(URI.create(location).getPath());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(get("/v3/api-docs/swagger-config").body()).contains("/v3/api-docs");
    }

    @Test
    void shouldLeadFromTheRootToThePagesWithoutAskingForBasicAuth() throws Exception {
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/ui"));
        assertThat(root.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    private OpenApiDocument.Operation operation(String method, String path) {
        List<OpenApiDocument.Operation> found = document.operations().stream().filter(o -> o.matches(method, path)).toList();
        assertThat(found).as("%s %s in the OpenAPI document", method, path).isNotEmpty();
        // a literal segment (rulesets/active) wins over a variable one (rulesets/{id}), as in Spring MVC
        return found.stream().filter(o -> !o.path().contains("{")).findFirst().orElse(found.get(0));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                BodyHandlers.ofString());
    }
}
