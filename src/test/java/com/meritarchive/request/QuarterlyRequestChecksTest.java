package com.meritarchive.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quarterly and step-down requests are checked field by field, every problem with its pointer. */
class QuarterlyRequestChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PEOPLE = "'units':[{'id':'U1','name':'县发改局','kind':'COUNTY'}],"
            + "'cadres':[{'id':'C1','name':'杨云','unitId':'U1','managedBy':'ORG_DEPT'},"
            + "{'id':'C2','name':'张世兵','unitId':'U1','managedBy':'HR_BUREAU'}]";

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String assessment(String fields) {
        return "{'id':'A1','keyWork':'追赶超越','task':'投资','indicator':'FAI','rank':2,'rankedCount':10,'leadUnitId':'U1',"
                + "'group':[{'cadreId':'C1','role':'BUSINESS_LEAD'},{'cadreId':'C2','role':'COORDINATOR'}]" + fields + "}";
    }

    private static String quarterly(String assessments, String records) {
        return "{'year':2017,'quarter':2," + PEOPLE + ",'assessments':[" + assessments + "],'records':[" + records + "]}";
    }

    private static List<String> problems(JsonNode body, boolean stepDown) {
        try {
            if (stepDown) {
                RequestChecks.stepDown(body);
            } else {
                RequestChecks.quarterly(body);
            }
        } catch (InvalidRequestException e) {
            return e.errors().stream().map(f -> f.pointer() + " " + f.message()).toList();
        }
        throw new AssertionError("The request was accepted");
    }

    @Test
    void shouldAcceptAValidQuarterlyRequest() {
        QuarterlyRequest request = RequestChecks.quarterly(json(quarterly(assessment(",'targetRank':5"), "")));

        assertThat(request.assessments()).singleElement().satisfies(a -> {
            assertThat(a.targetRank()).isEqualTo(5);
            assertThat(a.group()).hasSize(2);
        });
    }

    @Test
    void shouldReportEveryInvalidAssessmentField() {
        List<String> problems = problems(json(quarterly(
                assessment(",'rank':11,'targetRank':0") + "," + assessment(",'leadUnitId':'U9','group':["
                        + "{'cadreId':'C1','role':'BUSINESS_LEAD'},{'cadreId':'C1','role':'MEMBER'},"
                        + "{'cadreId':'C9','role':'BOSS'}]"),
                "{'id':'r1','subjectType':'CADRE','subjectId':'C1','type':'PERFORMANCE','year':2017,'quarter':3,'indicator':'FAI'}")),
                false);

        // each element's own problems in document order, then what the lists break together
        assertThat(problems).containsExactly(
                "/assessments/0/rank must be between 1 and 10, was 11",
                "/assessments/0/targetRank must be between 1 and 10, was 0",
                "/assessments/1/group/2/role must be one of LEADER, COORDINATOR, BUSINESS_LEAD, MEMBER, was 'BOSS'",
                "/assessments/1/id duplicate assessment id 'A1'",
                "/assessments/1/leadUnitId unknown unit 'U9'",
                "/assessments/1/group/1/cadreId cadre 'C1' is listed twice in the group",
                "/assessments/1/group/2/cadreId unknown cadre 'C9'",
                "/records/0/year the record (2017 Q3) is later than the period decided (2017 Q2)");
    }

    @Test
    void shouldReportThePeoplesThenTheRankingsThenTheRecordsProblemsAsIfCheckedInTurn() {
        String record = "{'id':'r1','subjectType':'CADRE','subjectId':'C1','type':'PERFORMANCE','year':2017,'quarter':1,'indicator':'FAI'}";
        String body = "{'year':2017,'quarter':2,'units':[{'id':'U1','name':'县发改局','kind':'COUNTY'}],"
                + "'cadres':[{'id':'C1','name':'杨云','unitId':'U7','managedBy':'ORG_DEPT'},"
                + "{'id':'C1','name':'张世兵','unitId':'U1','managedBy':'HR_BUREAU'}],"
                + "'assessments':[" + assessment(",'leadUnitId':'U9'") + "," + assessment("") + "],"
                + "'records':[" + record + "," + record.replace("'C1'", "'C404'") + "," + record.replace("'quarter':1", "'quarter':4")
                + "]}";

        // the records are checked beside the rankings (RequestChecks): the order is still people, rankings, records
        for (int i = 0; i < 20; i++) {
            assertThat(problems(json(body), false)).containsExactly(
                    "/cadres/1/id duplicate cadre id 'C1'",
                    "/cadres/0/unitId unknown unit 'U7'",
                    "/assessments/1/id duplicate assessment id 'A1'",
                    "/assessments/0/leadUnitId unknown unit 'U9'",
                    "/assessments/0/group/1/cadreId unknown cadre 'C2'", // the second cadre is a second C1
                    "/assessments/1/group/1/cadreId unknown cadre 'C2'",
                    "/records/1/id duplicate record id 'r1'",
                    "/records/2/id duplicate record id 'r1'",
                    "/records/1/subjectId unknown cadre 'C404'",
                    "/records/2/year the record (2017 Q4) is later than the period decided (2017 Q2)");
        }
    }

    @Test
    void shouldRefuseAQuarterOutsideOneToFour() {
        assertThat(problems(json("{'year':2017,'quarter':5," + PEOPLE + ",'assessments':[],'records':[]}"), false))
                .containsExactly("/quarter must be between 1 and 4, was 5");
    }

    @Test
    void shouldAcceptAStepDownApplication() {
        StepDownRequest request = RequestChecks.stepDown(json("{'cadre':{'id':'C1','name':'杨云','unitId':'U1',"
                + "'managedBy':'ORG_DEPT'},'unitOpinionSigned':true,'leaderApproved':false}"));

        assertThat(request.cadre().managedBy()).isEqualTo("ORG_DEPT");
        assertThat(request.unitOpinionSigned()).isTrue();
        assertThat(request.leaderApproved()).isFalse();
    }

    @Test
    void shouldReportEveryInvalidStepDownField() {
        assertThat(problems(json("{'cadre':{'id':'C1','unitId':'U1','managedBy':'CITY'},'unitOpinionSigned':'yes'}"), true))
                .containsExactly("/cadre/name is required",
                        "/cadre/managedBy must be one of ORG_DEPT, HR_BUREAU, was 'CITY'",
                        "/unitOpinionSigned must be true or false",
                        "/leaderApproved is required");
    }
}
