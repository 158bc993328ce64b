package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.meritarchive.testing.AnnualWorkbook;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What-if simulation over real HTTP: the diff a stricter A1 makes, as JSON and as a workbook. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.data-dir=target/it-data/${random.uuid}"})
class SimulationApiIT {

    @LocalServerPort
    int port;

    private ApiClient api;
    private String stricter;

    @BeforeEach
    void uploadAStricterA1() throws Exception {
        api = new ApiClient(port);
        // the shipped version is the baseline, whatever another test of this context published
        JsonNode versions = ApiClient.JSON.readTree(api.get("/api/v1/rulesets", "author").body());
        String shipped = versions.get(versions.size() - 1).get("id").asText();
        assertThat(api.putJson("/api/v1/rulesets/active", "admin", "{\"id\":\"" + shipped + "\"}").statusCode())
                .isEqualTo(200);
        byte[] table = AnnualWorkbook.withA1Threshold(3);
        HttpResponse<String> uploaded = api.postFiles("/api/v1/rulesets", "author", Map.of("Annual.drl.xlsx", table));
        // 201, or 200 when an earlier test of this context stored the very same bytes
        assertThat(uploaded.statusCode()).as(uploaded.body()).isIn(200, 201);
        stricter = ApiClient.JSON.readTree(uploaded.body()).get("id").asText();
    }

    private String simulationOf(String dataset, String datasetJson) throws Exception {
        ObjectNode body = ApiClient.JSON.createObjectNode();
        body.put("candidate", stricter);
        body.set(dataset, ApiClient.JSON.readTree(datasetJson));
        return body.toString();
    }

    /** The cadres of an annual request with exactly two ACTIVE performance records in its year and no active trace. */
    private static List<String> cadresWithExactlyTwoRecordsAndNoTrace(JsonNode request) {
        Map<String, int[]> counts = new TreeMap<>();
        int year = request.get("year").asInt();
        for (JsonNode record : request.get("records")) {
            if (record.get("subjectType").asText().equals("CADRE") && record.get("year").asInt() == year
                    && !record.path("status").asText("ACTIVE").equals("CANCELLED")) {
                int[] c = counts.computeIfAbsent(record.get("subjectId").asText(), k -> new int[2]);
                c[record.get("type").asText().equals("PERFORMANCE") ? 0 : 1]++;
            }
        }
        List<String> cadres = new ArrayList<>();
        counts.forEach((id, c) -> {
            if (c[0] == 2 && c[1] == 0) {
                cadres.add(id);
            }
        });
        return cadres;
    }

    @Test
    void shouldLoseExactlyTheCadresWithTwoPerformanceRecordsWhenA1NeedsThree() throws Exception {
        String dataset = ApiClient.example("annual_county.req.json");

        HttpResponse<String> response = api.postJson("/api/v1/simulations", "author", simulationOf("annual", dataset));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode simulation = ApiClient.JSON.readTree(response.body());
        List<String> expected = cadresWithExactlyTwoRecordsAndNoTrace(ApiClient.JSON.readTree(dataset));
        assertThat(expected).containsExactly("C001", "C002"); // the example holds such cadres: the test is not vacuous
        assertThat(simulation.get("changes")).hasSize(expected.size());
        List<String> changed = new ArrayList<>();
        for (JsonNode change : simulation.get("changes")) {
            changed.add(change.get("subjectId").asText());
            assertThat(change.get("subjectType").asText()).isEqualTo("CADRE");
            assertThat(change.get("lost")).extracting(JsonNode::asText).containsExactly("ANNUAL_EXCELLENT");
            assertThat(change.get("gained")).isEmpty();
            assertThat(change.get("rules")).extracting(JsonNode::asText).containsExactly("A1");
        }
        assertThat(changed).isEqualTo(expected);
        assertThat(simulation.at("/changes/0/name").asText()).isEqualTo("杨云");
        assertThat(simulation.at("/changes/0/unit").asText()).isEqualTo("县发展和改革局");
        JsonNode excellent = simulation.at("/summary/ANNUAL_EXCELLENT");
        assertThat(excellent.get("baseline").asInt()).isEqualTo(3);
        assertThat(excellent.get("candidate").asInt()).isEqualTo(1);
        assertThat(excellent.get("gained").asInt()).isZero();
        assertThat(excellent.get("lost").asInt()).isEqualTo(2);
        assertThat(simulation.at("/summary/MAJOR_CONTRIBUTION_NOMINEE/lost").asInt()).isZero();
        assertThat(simulation.at("/candidate/id").asText()).isEqualTo(stricter);
        assertThat(simulation.at("/baseline/id").asText()).isNotEqualTo(stricter);
    }

    @Test
    void shouldShowOnlyTheW4WarningsAStricterA1TakesFromAQuarterlyDatasetBesideUnchangedOutcomes() throws Exception {
        HttpResponse<String> response = api.postJson("/api/v1/simulations", "author",
                simulationOf("quarterly", ApiClient.example("quarterly_2017Q1.req.json")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode simulation = ApiClient.JSON.readTree(response.body());
        // the quarter's outcomes do not depend on A1 ...
        assertThat(simulation.at("/summary/NEW_PERFORMANCE/baseline").asInt()).isEqualTo(6);
        assertThat(simulation.at("/summary/TRACE_CANCELLED/candidate").asInt()).isEqualTo(1);
        simulation.get("summary").forEach(count -> assertThat(count.get("baseline")).isEqualTo(count.get("candidate")));
        // ... but W4 warns one record short of A1's threshold: with three needed, a single record warns no one
        JsonNode w4 = simulation.at("/warningSummary/ANNUAL_EXCELLENT");
        assertThat(w4.get("baseline").asInt()).isEqualTo(3);
        assertThat(w4.get("candidate").asInt()).isZero();
        assertThat(w4.get("lost").asInt()).isEqualTo(3);
        assertThat(simulation.at("/warningSummary/DISCIPLINE_REFERRAL/lost").asInt()).isZero();
        assertThat(simulation.get("changes")).extracting(change -> change.get("subjectId").asText())
                .containsExactly("C002", "C003", "C005");
        for (JsonNode change : simulation.get("changes")) {
            assertThat(change.get("gained")).isEmpty();
            assertThat(change.get("lost")).isEmpty();
            assertThat(change.get("gainedWarnings")).isEmpty();
            assertThat(change.get("lostWarnings").toString()).isEqualTo("[{\"code\":\"ANNUAL_EXCELLENT\",\"rule\":\"W4\"}]");
        }
    }

    @Test
    void shouldLeaveWarningsOutOfAYearEndSimulation() throws Exception {
        JsonNode simulation = ApiClient.JSON.readTree(api.postJson("/api/v1/simulations", "author",
                simulationOf("annual", ApiClient.example("annual_county.req.json"))).body());

        assertThat(simulation.has("warningSummary")).isFalse();
        assertThat(simulation.get("changes")).isNotEmpty().allSatisfy(change -> assertThat(change.has("gainedWarnings")).isFalse());
    }

    @Test
    void shouldReportTheSameSimulationAsAWorkbook() throws Exception {
        String body = simulationOf("annual", ApiClient.example("annual_county.req.json"));

        HttpResponse<byte[]> byParameter = api.sendBytes("/api/v1/simulations?format=xlsx", "author", body, null);
        HttpResponse<byte[]> byAccept = api.sendBytes("/api/v1/simulations", "author", body,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        for (HttpResponse<byte[]> response : List.of(byParameter, byAccept)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(response.body()))) {
                Sheet changes = book.getSheet("变化");
                List<String> headers = new ArrayList<>();
                changes.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
                assertThat(headers).containsExactly("单位", "干部", "对象编号", "原结果", "新结果", "变化", "依据条款");
                assertThat(changes.getPaneInformation().isFreezePane()).isTrue();
                assertThat(changes.getLastRowNum()).isEqualTo(2);
                Row first = changes.getRow(1);
                assertThat(first.getCell(0).getStringCellValue()).isEqualTo("县发展和改革局");
                assertThat(first.getCell(1).getStringCellValue()).isEqualTo("杨云");
                assertThat(first.getCell(2).getStringCellValue()).isEqualTo("C001");
                assertThat(first.getCell(5).getStringCellValue()).isEqualTo("−ANNUAL_EXCELLENT（年度考核直接评为优秀）");
                assertThat(first.getCell(6).getStringCellValue()).isEqualTo("A1");
                assertThat(changes.getColumnWidth(3)).isGreaterThan(20 * 256);
                Sheet summary = book.getSheet("汇总");
                assertThat(summary).isNotNull();
                List<String> codes = new ArrayList<>();
                for (Row row : summary) {
                    if (row.getRowNum() > 4) {
                        codes.add(row.getCell(0).getStringCellValue());
                    }
                }
                assertThat(codes).contains("ANNUAL_EXCELLENT").isSortedAccordingTo(String::compareTo);
            }
        }
    }

    @Test
    void shouldRefuseAnInvalidDatasetWithPointersUnderItsName() throws Exception {
        HttpResponse<String> response = api.postJson("/api/v1/simulations", "author",
                "{\"candidate\":\"" + stricter + "\",\"annual\":{\"year\":2017,\"units\":[],\"cadres\":[],\"records\":[{}]}}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(ApiClient.JSON.readTree(response.body()).get("errors").findValuesAsText("pointer"))
                .contains("/annual/records/0/id");
        assertThat(api.postJson("/api/v1/simulations", "author", "{\"annual\":null}").statusCode()).isEqualTo(422);
        assertThat(api.postJson("/api/v1/simulations", "author",
                "{\"candidate\":\"000000000000\",\"annual\":" + ApiClient.example("annual_county.req.json") + "}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldLetOnlyAuthorsSimulate() throws Exception {
        assertThat(api.postJson("/api/v1/simulations", "hr", simulationOf("annual", ApiClient.example("annual_county.req.json")))
                .statusCode()).isEqualTo(403);
    }
}
