package com.meritarchive.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.request.InvalidRequestException.InvalidField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every invalid field of a request is reported with its JSON pointer, and nothing is decided. */
class RequestChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> problems(String body) {
        try {
            RequestChecks.annual(json(body));
        } catch (InvalidRequestException e) {
            return e.errors().stream().map(f -> f.pointer() + " " + f.message()).toList();
        }
        throw new AssertionError("The request was accepted");
    }

    private static final String PEOPLE = "'units':[{'id':'U1','name':'县发改局','kind':'STATIONED'}],"
            + "'cadres':[{'id':'C1','name':'杨云','unitId':'U1','managedBy':'ORG_DEPT'}]";

    private static String record(String fields) {
        return "{'id':'r1','subjectType':'CADRE','subjectId':'C1','type':'PERFORMANCE','year':2017,'quarter':1,"
                + "'indicator':'GDP'" + fields + "}";
    }

    @Test
    void shouldAcceptAValidRequestAndDefaultStatusToActive() {
        AnnualRequest request = RequestChecks.annual(json("{'year':2017," + PEOPLE + ",'records':[" + record("") + "]}"));

        assertThat(request.records()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("ACTIVE"));
        assertThat(request.cadres()).hasSize(1);
    }

    @Test
    void shouldAcceptRecordsOfEarlierYears() {
        AnnualRequest request = RequestChecks.annual(json("{'year':2017," + PEOPLE + ",'records':["
                + record(",'id':'old','year':2015,'quarter':2") + "," + record(",'id':'q4','year':2016,'quarter':4") + "]}"));

        assertThat(request.records()).hasSize(2);
    }

    @Test
    void shouldReportEveryInvalidFieldWithItsPointer() {
        List<String> problems = problems("{'year':2017,"
                + "'units':[{'id':'U1','kind':'TOWNSHIP'},{'id':'U1','name':'x','kind':'COUNTY'}],"
                + "'cadres':[{'id':'C1','name':'杨云','unitId':'U9','managedBy':'CITY'},{'name':'无名','unitId':'U1','managedBy':'ORG_DEPT'}],"
                + "'records':[" + record(",'quarter':5") + "," + record(",'subjectId':'C404','type':'PRAISE'") + ","
                + record(",'id':'r2','year':2018,'quarter':1,'status':'DONE'") + "," + record(",'indicator':null")
                + ",42]}");

        // each element's own problems in document order, then what the lists break together
        assertThat(problems).containsExactly(
                "/units/0/name is required",
                "/units/0/kind must be one of COUNTY, STATIONED, was 'TOWNSHIP'",
                "/cadres/0/managedBy must be one of ORG_DEPT, HR_BUREAU, was 'CITY'",
                "/cadres/1/id is required",
                "/records/0/quarter must be between 1 and 4, was 5",
                "/records/1/type must be one of PERFORMANCE, PROBLEM_TRACE, was 'PRAISE'",
                "/records/2/status must be one of ACTIVE, CANCELLED, was 'DONE'",
                "/records/3/indicator is required",
                "/records/4 must be a JSON object",
                "/units/1/id duplicate unit id 'U1'",
                "/cadres/0/unitId unknown unit 'U9'",
                "/records/1/id duplicate record id 'r1'",
                "/records/3/id duplicate record id 'r1'",
                "/records/1/subjectId unknown cadre 'C404'",
                "/records/2/year the record (2018 Q1) is later than the period decided (2017 Q4)");
    }

    @Test
    void shouldCheckEveryRecordsReferencesInTheirOrderWhenTheyAreCheckedInTwoHalves() {
        int count = 20_002; // from 20,000 records on, the second half is checked beside the first
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String subject = i == 5 || i == 15_000 ? "C404" : "C" + (i % 3 + 1);
            String year = i == 10_001 || i == 19_999 ? "2018" : "2017";
            records.append(i == 0 ? "" : ",").append("{'id':'r").append(i).append("','subjectType':'CADRE','subjectId':'")
                    .append(subject).append("','type':'PERFORMANCE','year':").append(year).append(",'quarter':1,'indicator':'GDP'}");
        }
        String people = "'units':[{'id':'U1','name':'县发改局','kind':'STATIONED'}],'cadres':["
                + "{'id':'C1','name':'杨云','unitId':'U1','managedBy':'ORG_DEPT'},{'id':'C2','name':'李明','unitId':'U1','managedBy':'ORG_DEPT'},"
                + "{'id':'C3','name':'王芳','unitId':'U1','managedBy':'ORG_DEPT'}]";
        String body = "{'year':2017," + people + ",'records':[" + records + "]}";

        assertThat(problems(body)).containsExactly(
                "/records/5/subjectId unknown cadre 'C404'",
                "/records/10001/year the record (2018 Q1) is later than the period decided (2017 Q4)",
                "/records/15000/subjectId unknown cadre 'C404'",
                "/records/19999/year the record (2018 Q1) is later than the period decided (2017 Q4)");
        AnnualRequest valid = RequestChecks.annual(json(body.replace("C404", "C1").replace("'year':2018", "'year':2017")));
        List<String> ids = valid.cadres().stream().map(CadreInput::id).toList();
        assertThat(valid.records()).hasSize(count).allSatisfy(record -> // both halves name each cadre by its own id string
                assertThat(record.subjectId()).isSameAs(ids.get(Integer.parseInt(record.subjectId().substring(1)) - 1)));
    }

    @Test
    void shouldReportMissingTopLevelFields() {
        assertThat(problems("{}")).containsExactly("/year is required", "/units is required", "/cadres is required",
                "/records is required");
        assertThat(problems("{'year':'2017','units':{},'cadres':[],'records':[]}"))
                .containsExactly("/year must be an integer", "/units must be an array");
    }

    @Test
    void shouldKeepOneCopyOfEachRepeatedUnitIdAndWordWhateverTheOrderOfTheArrays() throws Exception {
        String cadres = "'cadres':[{'id':'C1','name':'杨云','unitId':'U1','managedBy':'ORG_DEPT'},"
                + "{'id':'C2','name':'李明','unitId':'U1','managedBy':'ORG_DEPT'}]";
        String units = "'units':[{'id':'U1','name':'县发改局','kind':'STATIONED'}]";
        String records = "'records':[" + record("") + "," + record("").replace("'r1'", "'r2'").replace("'quarter':1", "'quarter':2")
                + "," + record(",'keyWork':'招商'").replace("'r1'", "'r3'") + "," + record(",'keyWork':'招商'").replace("'r1'", "'r4'") + "]";
        for (String body : List.of("{'year':2017," + units + "," + cadres + "," + records + "}",
                "{'year':2017," + records + "," + cadres + "," + units + "}")) {
            AnnualRequest request;
            try (var parser = JSON.getFactory().createParser(body.replace('\'', '"'))) {
                request = RequestChecks.annual(JsonSource.of(parser));
            }

            assertThat(request).isEqualTo(RequestChecks.annual(json(body)));
            List<RecordInput> read = request.records();
            assertThat(read.get(1).indicator()).isSameAs(read.get(0).indicator());
            assertThat(read.get(3).keyWork()).isSameAs(read.get(2).keyWork());
            assertThat(request.cadres().get(1).unitId()).isSameAs(request.cadres().get(0).unitId());
            if (body.indexOf("'units'") < body.indexOf("'cadres'")) { // a cadre names a unit read before it
                assertThat(request.cadres().get(0).unitId()).isSameAs(request.units().get(0).id());
            }
        }
    }

    @Test
    void shouldCheckAStreamedBodyExactlyAsATree() throws Exception {
        String body = ("{'records':[" + record("").replace("'quarter':1", "'quarter':5") + ","
                + record("").replace("'C1'", "'C404'") + "]," + PEOPLE
                + ",'year':2017}").replace('\'', '"');

        List<String> streamed;
        try (var parser = JSON.getFactory().createParser(body)) {
            RequestChecks.annual(JsonSource.of(parser));
            throw new AssertionError("The streamed request was accepted");
        } catch (InvalidRequestException e) {
            streamed = e.errors().stream().map(f -> f.pointer() + " " + f.message()).toList();
        }

        // the records come before the people they name and the year: still checked against them
        assertThat(streamed).isEqualTo(problems(body)).containsExactly(
                "/records/0/quarter must be between 1 and 4, was 5",
                "/records/1/id duplicate record id 'r1'",
                "/records/1/subjectId unknown cadre 'C404'");
    }

    @Test
    void shouldRefuseAStreamedBodyThatIsNotAnObjectOrEmpty() throws Exception {
        try (var parser = JSON.getFactory().createParser("[1,2]")) {
            assertThatThrownBy(() -> RequestChecks.annual(JsonSource.of(parser)))
                    .isInstanceOf(InvalidRequestException.class);
        }
        try (var parser = JSON.getFactory().createParser("")) {
            assertThatThrownBy(() -> RequestChecks.annual(JsonSource.of(parser)))
                    .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
        }
    }

    @Test
    void shouldRefuseABodyThatIsNotAnObject() {
        assertThatThrownBy(() -> RequestChecks.annual(json("[1,2]")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsExactly(new InvalidField("", "must be a JSON object")));
    }

    @Test
    void shouldRefuseARecordOfAnUnknownUnit() {
        assertThat(problems("{'year':2017," + PEOPLE + ",'records':[" + record(",'subjectType':'UNIT','subjectId':'C1'") + "]}"))
                .containsExactly("/records/0/subjectId unknown unit 'C1'");
    }
}
