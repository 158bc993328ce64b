package com.meritarchive.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every body reader is strict: unknown and duplicate keys are 422s at their pointers, content
 * after the JSON value and bytes that are not UTF-8 are malformed JSON (400). A careless key must
 * never silently change a decision.
 */
class StrictBodiesTest {

    private static final String PEOPLE = "'units':[{'id':'U1','name':'县发改局','kind':'STATIONED'}],"
            + "'cadres':[{'id':'C1','name':'杨云','unitId':'U1','managedBy':'ORG_DEPT'}]";
    private static final String RECORD = "{'id':'r1','subjectType':'CADRE','subjectId':'C1','type':'PERFORMANCE',"
            + "'year':2017,'quarter':1,'indicator':'GDP'";
    private static final String ASSESSMENT = "{'id':'a1','keyWork':'k','task':'t','indicator':'GDP','rank':1,"
            + "'rankedCount':10,'leadUnitId':'U1','group':[{'cadreId':'C1','role':'LEADER'%s}]%s}";

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    private static String annual(String recordFields) {
        return "{'year':2017," + PEOPLE + ",'records':[" + RECORD + recordFields + "}]}";
    }

    private static List<String> problems(ThrowingRead read) {
        try {
            read.run();
        } catch (InvalidRequestException e) {
            return e.errors().stream().map(f -> f.pointer() + " " + f.message()).toList();
        } catch (Exception e) {
            throw new AssertionError("Expected a 422, got " + e, e);
        }
        throw new AssertionError("The request was accepted");
    }

    private interface ThrowingRead {
        void run() throws Exception;
    }

    @Test
    void shouldCheckTheNamesOfARequestReadForDecidingButNotKeepThem() throws Exception {
        String annual = annual("");
        String quarterly = "{'year':2017,'quarter':1," + PEOPLE + ",'assessments':[" + String.format(ASSESSMENT, "", "")
                + "],'records':[" + RECORD + "}]}";

        AnnualRequest kept = RequestReader.annual(body(annual));
        AnnualRequest toDecide = RequestReader.annualToDecide(body(annual));
        QuarterlyRequest quarterToDecide = RequestReader.quarterlyToDecide(body(quarterly));

        assertThat(kept.cadres()).extracting(CadreInput::name).containsExactly("杨云");
        assertThat(kept.units()).extracting(UnitInput::name).containsExactly("县发改局");
        for (List<CadreInput> cadres : List.of(toDecide.cadres(), quarterToDecide.cadres())) {
            assertThat(cadres).extracting(CadreInput::id, CadreInput::name, CadreInput::unitId, CadreInput::managedBy)
                    .containsExactly(tuple("C1", null, "U1", "ORG_DEPT"));
        }
        for (List<UnitInput> units : List.of(toDecide.units(), quarterToDecide.units())) {
            assertThat(units).extracting(UnitInput::id, UnitInput::name, UnitInput::kind).containsExactly(tuple("U1", null, "STATIONED"));
        }
        assertThat(toDecide.records()).isEqualTo(kept.records());
        assertThat(quarterToDecide.assessments()).isEqualTo(RequestReader.quarterly(body(quarterly)).assessments());

        String nameless = "'name':'',"; // a unit's name empty, a cadre's missing: refused as when names are kept
        assertThat(problems(() -> RequestReader.annualToDecide(body(annual.replace("'name':'县发改局',", nameless)
                .replace("'name':'杨云',", ""))))).containsExactly("/units/0/name must be a non-empty string",
                        "/cadres/0/name is required");
        assertThat(problems(() -> RequestReader.quarterlyToDecide(body(quarterly.replace("'name':'杨云',", "")))))
                .containsExactly("/cadres/0/name is required");
    }

    @Test
    void shouldKeepTheNamesOfASimulationsDatasetsBesideTheirInputs() throws Exception {
        String people = PEOPLE.substring(0, PEOPLE.length() - 1) + ",{'id':'C2','name':'张世兵','unitId':'U1','managedBy':'HR_BUREAU'}]";
        String body = "{'candidate':'abc123abc123','annual':{'year':2017," + people + ",'records':[" + RECORD + "}]},"
                + "'quarterly':{'year':2017,'quarter':1," + PEOPLE + ",'assessments':[],'records':[]}}";

        Dataset dataset = RequestReader.simulation(body(body)).dataset();

        assertThat(dataset.annual().cadres()).extracting(CadreInput::id, CadreInput::name)
                .containsExactly(tuple("C1", null), tuple("C2", null));
        assertThat(dataset.annual().units()).extracting(UnitInput::name).containsOnlyNulls();
        assertThat(List.of(dataset.annualNames().cadre(0), dataset.annualNames().cadre(1), dataset.annualNames().unit(0)))
                .containsExactly("杨云", "张世兵", "县发改局");
        assertThat(List.of(dataset.quarterlyNames().cadre(0), dataset.quarterlyNames().unit(0))).containsExactly("杨云", "县发改局");
        assertThat(RequestReader.simulation(body(body.replace(",'quarterly':{'year':2017,'quarter':1," + PEOPLE
                + ",'assessments':[],'records':[]}", ""))).dataset().quarterlyNames()).isNull();
    }

    @Test
    void shouldNameEachRecordsSubjectByThatSubjectsOwnIdString() throws Exception {
        String records = RECORD + "}," + RECORD.replace("'r1'", "'r2'").replace("'CADRE','subjectId':'C1'", "'UNIT','subjectId':'U1'")
                + "}";
        String annual = "{'year':2017," + PEOPLE + ",'records':[" + records + "]}";
        String quarterly = "{'year':2017,'quarter':1," + PEOPLE + ",'assessments':[],'records':[" + records + "]}";

        for (AnnualRequest request : List.of(RequestReader.annual(body(annual)), RequestReader.annualToDecide(body(annual)))) {
            assertThat(request.records().get(0).subjectId()).isSameAs(request.cadres().get(0).id());
            assertThat(request.records().get(1).subjectId()).isSameAs(request.units().get(0).id());
        }
        QuarterlyRequest request = RequestReader.quarterly(body(quarterly));
        assertThat(request.records().get(0).subjectId()).isSameAs(request.cadres().get(0).id());
        assertThat(request.records().get(1).subjectId()).isSameAs(request.units().get(0).id());
    }

    @Test
    void shouldRefuseAMisspelledStatusInsteadOfCountingTheRecordAsActive() {
        assertThat(problems(() -> RequestReader.annual(body(annual(",'Status':'CANCELLED'"))))).containsExactly(
                "/records/0/Status unknown field 'Status'; the fields of a record are id, subjectType, subjectId, "
                        + "type, year, quarter, keyWork, indicator, status, rule, assessmentId");
    }

    @Test
    void shouldRefuseUnknownKeysAtEveryLevelOfAnAnnualRequest() {
        String body = "{'year':2017,'yaer':2017,'units':[{'id':'U1','name':'n','kind':'STATIONED','x':1}],"
                + "'cadres':[{'id':'C1','name':'n','unitId':'U1','managedBy':'ORG_DEPT','rank':'high'}],"
                + "'records':[" + RECORD + "}],'Records':[]}";

        assertThat(problems(() -> RequestReader.annual(body(body)))).extracting(p -> p.split(" ")[0])
                .containsExactlyInAnyOrder("/yaer", "/units/0/x", "/cadres/0/rank", "/Records");
    }

    @Test
    void shouldRefuseUnknownKeysInAssessmentsAndTheirGroups() {
        String body = "{'year':2017,'quarter':1," + PEOPLE + ",'records':[],'assessments':["
                + ASSESSMENT.formatted(",'weight':2", ",'note':'x'") + "]}";

        assertThat(problems(() -> RequestReader.quarterly(body(body)))).extracting(p -> p.split(" ")[0])
                .containsExactlyInAnyOrder("/assessments/0/group/0/weight", "/assessments/0/note");
    }

    @Test
    void shouldRefuseAnAssessmentsListInAnAnnualRequest() {
        assertThat(problems(() -> RequestReader.annual(body("{'year':2017," + PEOPLE + ",'records':[],'assessments':[]}"))))
                .singleElement().asString().startsWith("/assessments unknown field 'assessments'; the fields of an annual request are");
    }

    @Test
    void shouldRefuseUnknownKeysOfAStepDownAndItsCadre() {
        String body = "{'cadre':{'id':'C1','name':'n','unitId':'U1','managedBy':'ORG_DEPT','Managedby':'HR_BUREAU'},"
                + "'unitOpinionSigned':true,'leaderApproved':true,'leaderapproved':false}";

        assertThat(problems(() -> RequestReader.stepDown(body(body)))).extracting(p -> p.split(" ")[0])
                .containsExactlyInAnyOrder("/cadre/Managedby", "/leaderapproved");
    }

    @Test
    void shouldRefuseUnknownKeysOfASimulationAndOfItsDatasets() {
        String body = "{'candidate':'abc','baselin':'x','annual':" + annual(",'Status':'CANCELLED'") + "}";

        assertThat(problems(() -> RequestReader.simulation(body(body)))).extracting(p -> p.split(" ")[0])
                .containsExactlyInAnyOrder("/baselin", "/annual/records/0/Status");
    }

    @Test
    void shouldRefuseUnknownKeysOfAPublication() {
        assertThat(problems(() -> RequestReader.activation(body("{'id':'abc','Force':true}"))))
                .singleElement().asString().startsWith("/Force unknown field 'Force'; the fields of a publication are id, force");
    }

    @Test
    void shouldEscapeAnUnknownKeyInItsPointer() {
        assertThat(problems(() -> RequestReader.annual(body(annual(",'a/b~c':1")))))
                .singleElement().asString().startsWith("/records/0/a~1b~0c ");
    }

    @Test
    void shouldRefuseUnknownKeysInADatasetAlreadyParsed() throws Exception {
        var tree = new ObjectMapper().readTree(annual(",'Status':'CANCELLED'").replace('\'', '"'));

        assertThat(problems(() -> RequestReader.annual(tree))).singleElement().asString().startsWith("/records/0/Status ");
    }

    @Test
    void shouldRefuseATopLevelKeyThatAppearsTwice() {
        String body = "{'year':2017,'year':2016," + PEOPLE + ",'records':[]}";

        assertThat(problems(() -> RequestReader.annual(body(body)))).containsExactly("/year the field 'year' appears twice");
    }

    @Test
    void shouldRefuseAnEmptyStreamedArrayFollowedByTheRealOne() {
        String body = "{'year':2017," + PEOPLE + ",'records':[],'records':[" + RECORD + "}]}";

        assertThat(problems(() -> RequestReader.annual(body(body)))).containsExactly("/records the field 'records' appears twice");
    }

    @Test
    void shouldRefuseAKeyThatAppearsTwiceInARecord() {
        assertThat(problems(() -> RequestReader.annual(body(annual(",'status':'CANCELLED','status':'ACTIVE'")))))
                .containsExactly("/records/0/status the field 'status' appears twice");
    }

    @Test
    void shouldRefuseKeysThatAppearTwiceInStepDownSimulationAndPublication() {
        assertThat(problems(() -> RequestReader.stepDown(body("{'cadre':{'id':'C1','id':'C2','name':'n','unitId':'U1',"
                + "'managedBy':'ORG_DEPT'},'unitOpinionSigned':true,'leaderApproved':true}"))))
                .containsExactly("/cadre/id the field 'id' appears twice");
        assertThat(problems(() -> RequestReader.simulation(body("{'candidate':'a','candidate':'b','annual':"
                + annual("") + "}")))).containsExactly("/candidate the field 'candidate' appears twice");
        assertThat(problems(() -> RequestReader.activation(body("{'id':'a','force':false,'force':true}"))))
                .containsExactly("/force the field 'force' appears twice");
    }

    @Test
    void shouldRefuseContentAfterTheJsonValueAsMalformed() {
        String valid = annual("");
        for (String trailing : List.of(" xyz", valid, " 5", "]")) {
            assertThatThrownBy(() -> RequestReader.annual(body(valid + trailing)))
                    .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Trailing content");
        }
        assertThatThrownBy(() -> RequestReader.stepDown(body("{} {}"))).hasMessageContaining("Trailing content after the JSON value: '{'");
        assertThatThrownBy(() -> RequestReader.activation(body("{'id':'a'} x"))).hasMessageContaining("Trailing content");
        assertThatThrownBy(() -> RequestReader.simulation(body("{'candidate':'a'}{'candidate':'a'}")))
                .hasMessageContaining("Trailing content");
    }

    @Test
    void shouldPreferMalformedOverInvalidWhenAnInvalidBodyHasTrailingContent() {
        assertThatThrownBy(() -> RequestReader.annual(body("{'year':0} xyz"))).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> RequestReader.annual(body("[1] xyz"))).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void shouldAcceptWhitespaceAfterTheJsonValue() throws Exception {
        assertThat(RequestReader.annual(body(annual("") + " \n\t\r\n")).records()).hasSize(1);
    }

    @Test
    void shouldRefuseAnOverlongUtf8EncodingInsteadOfDecodingItIntoNul() {
        byte[] head = "{\"year\":2017,\"units\":[],\"cadres\":[],\"records\":[],\"x\":\"a".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC0;
        bytes[head.length + 1] = (byte) 0x80;
        bytes[head.length + 2] = '"';
        bytes[head.length + 3] = '}';

        assertThatThrownBy(() -> RequestReader.annual(new ByteArrayInputStream(bytes)))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> RequestReader.stepDown(new ByteArrayInputStream(bytes)))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void shouldRefuseAnEncodedSurrogateAndAStrayContinuationByte() {
        for (byte[] bad : List.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80})) {
            byte[] bytes = ("{\"id\":\"a" + new String(bad, StandardCharsets.ISO_8859_1) + "\"}").getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> RequestReader.activation(new ByteArrayInputStream(bytes)))
                    .isInstanceOf(JsonProcessingException.class).hasMessageContaining("UTF-8");
        }
    }

    @Test
    void shouldReadADatasetFileAsStrictlyAsABody() {
        assertThat(problems(() -> RequestReader.dataset(body(annual(",'status':'ACTIVE','status':'CANCELLED'")))))
                .containsExactly("/records/0/status the field 'status' appears twice");
        assertThat(problems(() -> RequestReader.dataset(body(annual(",'Status':'CANCELLED'")))))
                .singleElement().asString().startsWith("/records/0/Status unknown field");
        assertThatThrownBy(() -> RequestReader.dataset(body(annual("") + " x"))).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void shouldStillReadChineseNamesWrittenAsUtf8() throws Exception {
        assertThat(RequestReader.annual(body(annual(""))).units().get(0).name()).isEqualTo("县发改局");
    }
}
