package com.meritarchive.decision;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.meritarchive.decision.QuarterlyDecision.NewRecord;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quarterly clauses of POLICY.md (Q1-Q7) at their boundaries, decided with the shipped rule
 * set. Every test asserts the whole answer: the new records, the cancellations and each cadre and
 * unit with its exact outcomes and evidence. A new record's id is {@code assessmentId/subjectId}.
 */
class QuarterlyClauseTest {

    private static final int Y = 2017;

    private static final List<String> NONE = List.of();

    /** The shipped rule set with a rectification period (RECTIFICATION_QUARTERS) of two quarters. */
    private static final CompiledRuleSet PERIOD_OF_TWO = QuarterlyRules.withQuarterlyCell("RECTIFICATION_QUARTERS", "取值", 2);

    // Q1: rank <= 3 -> performance records for BUSINESS_LEAD, COORDINATOR and the lead unit

    @Test
    void shouldMakePerformanceRecordsForBusinessLeadCoordinatorAndLeadUnitWhenRankedThird() {
        QuarterlyRules county = groupOfFive(Y, 2).assessment("A", "I1", 3, 10, null, "U-LEAD", GROUP);

        assertAnswer(county, List.of("A/C1 PERFORMANCE Q1", "A/C2 PERFORMANCE Q1", "A/U-LEAD PERFORMANCE Q1"), NONE,
                Map.of());
    }

    @Test
    void shouldMakeNoRecordWhenRankedFourth() {
        QuarterlyRules county = groupOfFive(Y, 2).assessment("A", "I1", 4, 10, null, "U-LEAD", GROUP);

        assertAnswer(county, NONE, NONE, Map.of());
    }

    @Test
    void shouldDescribeEachNewRecordWithItsSubjectQuarterIndicatorClauseAndAssessment() {
        QuarterlyRules county = groupOfFive(Y, 2).assessment("A", "I1", 1, 10, null, "U-LEAD", GROUP);

        assertEquals(List.of(
                new NewRecord("A/C1", "CADRE", "C1", "PERFORMANCE", Y, 2, "追赶超越", "I1", "ACTIVE", "Q1", "A"),
                new NewRecord("A/C2", "CADRE", "C2", "PERFORMANCE", Y, 2, "追赶超越", "I1", "ACTIVE", "Q1", "A"),
                new NewRecord("A/U-LEAD", "UNIT", "U-LEAD", "PERFORMANCE", Y, 2, "追赶超越", "I1", "ACTIVE", "Q1", "A")),
                county.decide().newRecords());
    }

    @Test
    void shouldMakeRecordsOnlyForTheLeadUnitWhenTheGroupHasOnlyALeaderAndMembers() {
        QuarterlyRules county = groupOfFive(Y, 2)
                .assessment("A", "I1", 1, 10, null, "U-LEAD", "C3:LEADER", "C4:MEMBER", "C5:MEMBER")
                .assessment("B", "I2", 10, 10, null, "U-LEAD", "C3:LEADER", "C4:MEMBER");

        assertAnswer(county, List.of("A/U-LEAD PERFORMANCE Q1", "B/U-LEAD PROBLEM_TRACE Q2"), NONE, Map.of());
    }

    // Q2: rank > rankedCount - 3 and not top 3 -> problem traces for the same people

    @Test
    void shouldMakeProblemTracesWhenRankedEighthOfTen() {
        QuarterlyRules county = groupOfFive(Y, 2).assessment("A", "I1", 8, 10, null, "U-LEAD", GROUP);

        assertAnswer(county, List.of("A/C1 PROBLEM_TRACE Q2", "A/C2 PROBLEM_TRACE Q2", "A/U-LEAD PROBLEM_TRACE Q2"), NONE,
                Map.of());
    }

    @Test
    void shouldMakeNoTraceWhenRankedSeventhOfTen() {
        QuarterlyRules county = groupOfFive(Y, 2).assessment("A", "I1", 7, 10, null, "U-LEAD", GROUP);

        assertAnswer(county, NONE, NONE, Map.of());
    }

    @Test
    void shouldMakeOnlyPerformanceRecordsWhenRankedThirdOfFiveWhichIsBothTopAndBottomThree() {
        QuarterlyRules county = groupOfFive(Y, 2).assessment("A", "I1", 3, 5, null, "U-LEAD", GROUP);

        assertAnswer(county, List.of("A/C1 PERFORMANCE Q1", "A/C2 PERFORMANCE Q1", "A/U-LEAD PERFORMANCE Q1"), NONE,
                Map.of());
    }

    @Test
    void shouldMakeProblemTracesWhenRankedFourthOfFive() {
        QuarterlyRules county = groupOfFive(Y, 2).assessment("A", "I1", 4, 5, null, "U-LEAD", GROUP);

        assertAnswer(county, List.of("A/C1 PROBLEM_TRACE Q2", "A/C2 PROBLEM_TRACE Q2", "A/U-LEAD PROBLEM_TRACE Q2"), NONE,
                Map.of());
    }

    // Q3: last quarter's active trace on an indicator is cancelled when the indicator meets its target (or Q1)

    @Test
    void shouldCancelLastQuartersTracesOnTheIndicatorWhenRankedAtItsTargetRank() {
        QuarterlyRules county = groupOfFive(Y, 2)
                .trace("T-C1-I1", "C1", Y, 1, "I1").trace("T-U-I1", "U-LEAD", Y, 1, "I1").trace("T-C1-I2", "C1", Y, 1, "I2")
                .assessment("A", "I1", 5, 10, 5, "U-LEAD", GROUP);

        assertAnswer(county, NONE, List.of("T-C1-I1 Q3 A", "T-U-I1 Q3 A"), Map.of());
    }

    @Test
    void shouldNotCancelWhenRankedJustBelowTheTargetRank() {
        QuarterlyRules county = groupOfFive(Y, 2)
                .trace("T-C1-I1", "C1", Y, 1, "I1").trace("T-U-I1", "U-LEAD", Y, 1, "I1")
                .assessment("A", "I1", 6, 10, 5, "U-LEAD", GROUP);

        assertAnswer(county, NONE, NONE, Map.of());
    }

    @Test
    void shouldCancelWithoutATargetRankWhenRankedThird() {
        QuarterlyRules county = groupOfFive(Y, 2)
                .trace("T-C1-I1", "C1", Y, 1, "I1").trace("T-U-I1", "U-LEAD", Y, 1, "I1")
                .assessment("A", "I1", 3, 10, null, "U-LEAD", GROUP);

        assertAnswer(county, List.of("A/C1 PERFORMANCE Q1", "A/C2 PERFORMANCE Q1", "A/U-LEAD PERFORMANCE Q1"),
                List.of("T-C1-I1 Q3 A", "T-U-I1 Q3 A"), Map.of());
    }

    @Test
    void shouldNotCancelWithoutATargetRankWhenRankedFourth() {
        QuarterlyRules county = groupOfFive(Y, 2)
                .trace("T-C1-I1", "C1", Y, 1, "I1").trace("T-U-I1", "U-LEAD", Y, 1, "I1")
                .assessment("A", "I1", 4, 10, null, "U-LEAD", GROUP);

        assertAnswer(county, NONE, NONE, Map.of());
    }

    @Test
    void shouldCancelWhenTheIndicatorQualifiesForPerformanceThoughItMissesAStricterTarget() {
        QuarterlyRules county = groupOfFive(Y, 2).trace("T-C1-I1", "C1", Y, 1, "I1")
                .assessment("A", "I1", 3, 10, 2, "U-LEAD", GROUP);

        assertAnswer(county, List.of("A/C1 PERFORMANCE Q1", "A/C2 PERFORMANCE Q1", "A/U-LEAD PERFORMANCE Q1"),
                List.of("T-C1-I1 Q3 A"), Map.of());
    }

    @Test
    void shouldCancelTheFourthQuartersTraceInTheFirstQuarterOfTheNextYear() {
        QuarterlyRules county = groupOfFive(Y, 1).trace("T-C1-I1", "C1", Y - 1, 4, "I1")
                .assessment("A", "I1", 5, 10, 5, "U-LEAD", GROUP);

        assertAnswer(county, NONE, List.of("T-C1-I1 Q3 A"), Map.of());
    }

    @Test
    void shouldNotCancelATraceFromTwoQuartersBack() {
        QuarterlyRules county = groupOfFive(Y, 3).trace("T-C1-I1", "C1", Y, 1, "I1")
                .assessment("A", "I1", 1, 10, null, "U-LEAD", GROUP);

        assertAnswer(county, List.of("A/C1 PERFORMANCE Q1", "A/C2 PERFORMANCE Q1", "A/U-LEAD PERFORMANCE Q1"), NONE,
                Map.of());
    }

    @Test
    void shouldReadARectificationPeriodOfOneQuarterFromTheShippedTable() {
        QuarterlyRules county = groupOfFive(Y, 1).trace("T-C1-16Q3", "C1", Y - 1, 3, "I1")
                .trace("T-C1-16Q4", "C1", Y - 1, 4, "I1").assessment("A", "I1", 5, 10, 5, "U-LEAD", GROUP);

        assertAnswer(county, NONE, List.of("T-C1-16Q4 Q3 A"), Map.of());
    }

    // Q3 with RECTIFICATION_QUARTERS = 2: cancelled in the first of the two quarters after the trace that meets the target

    @Test
    void shouldCancelATraceOfTheFourthQuarterWhenItsIndicatorMeetsTheTargetTwoQuartersLaterWithAPeriodOfTwo() {
        QuarterlyRules county = groupOfFive(Y, 2).trace("T-C1-16Q4", "C1", Y - 1, 4, "I1")
                .trace("T-U-16Q4", "U-LEAD", Y - 1, 4, "I1").trace("T-C1-16Q4-I2", "C1", Y - 1, 4, "I2")
                .assessment("A", "I1", 5, 10, 5, "U-LEAD", GROUP);

        assertAnswer(county.decide(PERIOD_OF_TWO), NONE, List.of("T-C1-16Q4 Q3 A", "T-U-16Q4 Q3 A"),
                county.outcomesWithNothingElse(Map.of()));
        assertAnswer(county, NONE, NONE, Map.of());
    }

    @Test
    void shouldKeepATraceUncancelledForQ4ToQ7InTheFirstQuarterOfAPeriodOfTwoAndCancelItInTheSecond() {
        QuarterlyRules county = groupOfFive(Y, 1).trace("T-C1-16Q4", "C1", Y - 1, 4, "I1")
                .assessment("A", "I1", 9, 10, null, "U-LEAD", "C1:BUSINESS_LEAD");
        QuarterlyDecision first = county.decide(PERIOD_OF_TWO);
        String[] c1 = {"A/C1", "T-C1-16Q4"};
        assertAnswer(first, List.of("A/C1 PROBLEM_TRACE Q2", "A/U-LEAD PROBLEM_TRACE Q2"), NONE,
                county.outcomesWithNothingElse(Map.of("C1", List.of(outcome("DISCIPLINE_REFERRAL", "Q4", c1),
                        outcome("KEY_OBSERVATION", "Q5", c1), outcome("POSITION_ADJUSTMENT", "Q5", c1)))));

        county.next(first).assessment("B", "I1", 2, 10, null, "U-LEAD", "C1:BUSINESS_LEAD");

        assertAnswer(county.decide(PERIOD_OF_TWO), List.of("B/C1 PERFORMANCE Q1", "B/U-LEAD PERFORMANCE Q1"),
                List.of("A/C1 Q3 B", "A/U-LEAD Q3 B", "T-C1-16Q4 Q3 B"), county.outcomesWithNothingElse(Map.of()));
    }

    @Test
    void shouldNotCancelWithAPeriodOfTwoWhenTheIndicatorMeetsItsTargetOnlyThreeQuartersLater() {
        QuarterlyRules county = groupOfFive(Y, 3).trace("T-C1-16Q4", "C1", Y - 1, 4, "I1")
                .trace("T-C1-17Q1", "C1", Y, 1, "I1").assessment("A", "I1", 5, 10, 5, "U-LEAD", GROUP);

        assertAnswer(county.decide(PERIOD_OF_TWO), NONE, List.of("T-C1-17Q1 Q3 A"), county.outcomesWithNothingElse(Map.of()));
    }

    @Test
    void shouldKeepATraceWhoseIndicatorIsNotAssessedAndCountItWithTheNextQuartersTrace() {
        QuarterlyRules county = groupOfFive(Y, 1).assessment("A1", "I1", 9, 10, null, "U-LEAD", GROUP);
        QuarterlyDecision first = county.decide();
        assertEquals(List.of("A1/C1 PROBLEM_TRACE Q2", "A1/C2 PROBLEM_TRACE Q2", "A1/U-LEAD PROBLEM_TRACE Q2"),
                QuarterlyRules.newRecords(first));

        county.next(first).assessment("A2", "I2", 9, 10, null, "U-LEAD", "C1:BUSINESS_LEAD");

        String[] evidence = {"A1/C1", "A2/C1"};
        assertAnswer(county, List.of("A2/C1 PROBLEM_TRACE Q2", "A2/U-LEAD PROBLEM_TRACE Q2"), NONE, Map.of(
                "C1", List.of(outcome("KEY_OBSERVATION", "Q5", evidence), outcome("POSITION_ADJUSTMENT", "Q5", evidence))));
    }

    @Test
    void shouldNotCountACancelledTraceForDisciplinePositionOrUnitSanctions() {
        QuarterlyRules county = groupOfFive(Y, 2).unit("S1", "STATIONED")
                .record("T-C1-I1", "C1", "PROBLEM_TRACE", Y, 1, "I1", "CANCELLED")
                .record("T-S1-I1", "S1", "PROBLEM_TRACE", Y, 1, "I1", "CANCELLED")
                .assessment("A", "I1", 10, 10, null, "S1", "C1:BUSINESS_LEAD");

        assertAnswer(county, List.of("A/C1 PROBLEM_TRACE Q2", "A/S1 PROBLEM_TRACE Q2"), NONE, Map.of());
    }

    @Test
    void shouldCancelBeforeLookingForTracesInConsecutiveQuarters() {
        // without Q3 first, C1 (I1 then I2) would get Q5 and stationed S1 would get Q7
        QuarterlyRules county = groupOfFive(Y, 1).unit("S1", "STATIONED")
                .assessment("A1", "I1", 9, 10, null, "S1", "C1:BUSINESS_LEAD");
        county.next(county.decide())
                .assessment("B1", "I1", 2, 10, null, "S1", "C1:BUSINESS_LEAD")
                .assessment("B2", "I2", 10, 10, null, "S1", "C1:BUSINESS_LEAD");

        assertAnswer(county, List.of("B1/C1 PERFORMANCE Q1", "B1/S1 PERFORMANCE Q1", "B2/C1 PROBLEM_TRACE Q2",
                "B2/S1 PROBLEM_TRACE Q2"), List.of("A1/C1 Q3 B1", "A1/S1 Q3 B1"), Map.of());
    }

    @Test
    void shouldNotReferACancelledTraceEvenWhenTheSameIndicatorIsTracedAgain() {
        // rank 8 of 10 meets a target of 8 (Q3 cancels Q1's trace) and is in the bottom three (a new trace)
        QuarterlyRules county = groupOfFive(Y, 1).unit("S1", "STATIONED")
                .assessment("A1", "I1", 9, 10, 8, "S1", "C1:BUSINESS_LEAD");
        county.next(county.decide()).assessment("B1", "I1", 8, 10, 8, "S1", "C1:BUSINESS_LEAD");

        assertAnswer(county, List.of("B1/C1 PROBLEM_TRACE Q2", "B1/S1 PROBLEM_TRACE Q2"),
                List.of("A1/C1 Q3 B1", "A1/S1 Q3 B1"), Map.of());
    }

    // Q4: traces on the same indicator in consecutive quarters -> discipline referral of both

    @Test
    void shouldReferBothTracesToDisciplineFromTheFourthQuarterToTheFirstOfTheNextYear() {
        QuarterlyRules county = groupOfFive(Y - 1, 4).assessment("A", "I1", 9, 10, null, "U-LEAD", GROUP);
        county.next(county.decide()).assessment("B", "I1", 10, 10, null, "U-LEAD", GROUP);
        String[] c1 = {"A/C1", "B/C1"};
        String[] c2 = {"A/C2", "B/C2"};

        QuarterlyDecision answer = county.decide();

        assertEquals(List.of(Y, 1), List.of(answer.year(), answer.quarter()));
        assertAnswer(answer, List.of("B/C1 PROBLEM_TRACE Q2", "B/C2 PROBLEM_TRACE Q2", "B/U-LEAD PROBLEM_TRACE Q2"), NONE,
                county.outcomesWithNothingElse(Map.of(
                        "C1", List.of(outcome("DISCIPLINE_REFERRAL", "Q4", c1), outcome("KEY_OBSERVATION", "Q5", c1),
                                outcome("POSITION_ADJUSTMENT", "Q5", c1)),
                        "C2", List.of(outcome("DISCIPLINE_REFERRAL", "Q4", c2), outcome("KEY_OBSERVATION", "Q5", c2),
                                outcome("POSITION_ADJUSTMENT", "Q5", c2)))));
    }

    @Test
    void shouldAdjustPositionButNotReferToDisciplineForTracesOnDifferentIndicators() {
        QuarterlyRules county = groupOfFive(Y, 2).trace("T-C1-I1", "C1", Y, 1, "I1")
                .assessment("A", "I2", 10, 10, null, "U-LEAD", "C1:COORDINATOR");
        String[] evidence = {"A/C1", "T-C1-I1"};

        assertAnswer(county, List.of("A/C1 PROBLEM_TRACE Q2", "A/U-LEAD PROBLEM_TRACE Q2"), NONE, Map.of(
                "C1", List.of(outcome("KEY_OBSERVATION", "Q5", evidence), outcome("POSITION_ADJUSTMENT", "Q5", evidence))));
    }

    // Q4-Q7 evidence: only the quarters that make the row's run length, ending in the decided quarter

    @Test
    void shouldCiteOnlyThePreviousAndTheDecidedQuartersOfALongerRunAcrossTheYearEnd() {
        QuarterlyRules county = groupOfFive(Y, 2).unit("S1", "STATIONED")
                .trace("T-C1-16Q4", "C1", Y - 1, 4, "I1").trace("T-C1-17Q1", "C1", Y, 1, "I1")
                .trace("T-C1-17Q1-I3", "C1", Y, 1, "I3")
                .trace("T-S1-16Q4", "S1", Y - 1, 4, "I1").trace("T-S1-17Q1", "S1", Y, 1, "I1")
                .performance("P-C2-16Q4", "C2", Y - 1, 4, "I2").performance("P-C2-17Q1", "C2", Y, 1, "I2")
                .assessment("A", "I1", 9, 10, null, "S1", "C1:BUSINESS_LEAD")
                .assessment("B", "I2", 1, 10, null, "U-LEAD", "C2:COORDINATOR");
        String[] sameIndicator = {"A/C1", "T-C1-17Q1"};
        String[] anyIndicator = {"A/C1", "T-C1-17Q1", "T-C1-17Q1-I3"};
        String[] s1 = {"A/S1", "T-S1-17Q1"};

        assertAnswer(county, List.of("A/C1 PROBLEM_TRACE Q2", "A/S1 PROBLEM_TRACE Q2", "B/C2 PERFORMANCE Q1",
                "B/U-LEAD PERFORMANCE Q1"), NONE, Map.of(
                "C1", List.of(outcome("DISCIPLINE_REFERRAL", "Q4", sameIndicator), outcome("KEY_OBSERVATION", "Q5", anyIndicator),
                        outcome("POSITION_ADJUSTMENT", "Q5", anyIndicator)),
                "C2", List.of(outcome("OUTSTANDING_CADRE_LIST", "Q6", "B/C2", "P-C2-17Q1")),
                "S1", List.of(outcome("UNIT_AWARDS_REVOKED", "Q7", s1), outcome("UNIT_EXCELLENT_BARRED", "Q7", s1))));
    }

    @Test
    void shouldListOutstandingCadreForOneRecordOfTheDecidedQuarterWhenStaffSetQ6ToOneQuarter() {
        CompiledRuleSet oneQuarter = QuarterlyRules.withQuarterlyCell("Q6", "连续季度数", 1);
        QuarterlyRules county = groupOfFive(Y, 2).performance("P-C1-17Q1", "C1", Y, 1, "I2")
                .performance("P-C2-17Q1", "C2", Y, 1, "I2")
                .assessment("A", "I1", 2, 10, null, "U-LEAD", "C1:BUSINESS_LEAD");

        assertAnswer(county.decide(oneQuarter), List.of("A/C1 PERFORMANCE Q1", "A/U-LEAD PERFORMANCE Q1"), NONE,
                county.outcomesWithNothingElse(Map.of("C1", List.of(outcome("OUTSTANDING_CADRE_LIST", "Q6", "A/C1")))));
    }

    @Test
    void shouldNeedThreeQuartersAndCiteOnlyThemWhenStaffSetQ5ToThreeQuarters() {
        CompiledRuleSet threeQuarters = QuarterlyRules.withQuarterlyCell("Q5", "连续季度数", 3);
        QuarterlyRules county = groupOfFive(Y, 3)
                .trace("T-C1-16Q4", "C1", Y - 1, 4, "I1").trace("T-C1-17Q1", "C1", Y, 1, "I1")
                .trace("T-C1-17Q2", "C1", Y, 2, "I2")
                .trace("T-C2-17Q2", "C2", Y, 2, "I2")
                .assessment("A", "I3", 10, 10, null, "U-LEAD", "C1:BUSINESS_LEAD", "C2:COORDINATOR");
        String[] c1 = {"A/C1", "T-C1-17Q1", "T-C1-17Q2"};

        assertAnswer(county.decide(threeQuarters), List.of("A/C1 PROBLEM_TRACE Q2", "A/C2 PROBLEM_TRACE Q2",
                "A/U-LEAD PROBLEM_TRACE Q2"), NONE, county.outcomesWithNothingElse(Map.of(
                        "C1", List.of(outcome("KEY_OBSERVATION", "Q5", c1), outcome("POSITION_ADJUSTMENT", "Q5", c1)))));
    }

    @Test
    void shouldDecideNothingForARunOfTracesThatEndedBeforeTheDecidedQuarter() {
        QuarterlyRules county = groupOfFive(Y, 3).unit("S1", "STATIONED")
                .trace("T-C1-Q1", "C1", Y, 1, "I1").trace("T-C1-Q2", "C1", Y, 2, "I1")
                .trace("T-S1-Q1", "S1", Y, 1, "I1").trace("T-S1-Q2", "S1", Y, 2, "I1")
                .performance("P-C2-Q1", "C2", Y, 1, "I1").performance("P-C2-Q2", "C2", Y, 2, "I1");

        assertAnswer(county, NONE, NONE, Map.of());
    }

    // Q6: performance records in consecutive quarters -> outstanding cadre list

    @Test
    void shouldListOutstandingCadreForPerformanceInConsecutiveQuartersButNoUnit() {
        QuarterlyRules county = groupOfFive(Y, 2).unit("S1", "STATIONED")
                .performance("P-C1-I2", "C1", Y, 1, "I2").performance("P-S1-I2", "S1", Y, 1, "I2")
                .assessment("A", "I1", 1, 10, null, "S1", "C1:COORDINATOR", "C2:BUSINESS_LEAD");

        assertAnswer(county, List.of("A/C1 PERFORMANCE Q1", "A/C2 PERFORMANCE Q1", "A/S1 PERFORMANCE Q1"), NONE, Map.of(
                "C1", List.of(outcome("OUTSTANDING_CADRE_LIST", "Q6", "A/C1", "P-C1-I2"))));
    }

    @Test
    void shouldNotListOutstandingCadreForPerformanceInTheFirstAndThirdQuarters() {
        QuarterlyRules county = groupOfFive(Y, 3).performance("P-C1-I2", "C1", Y, 1, "I2")
                .assessment("A", "I1", 1, 10, null, "U-LEAD", GROUP);

        assertAnswer(county, List.of("A/C1 PERFORMANCE Q1", "A/C2 PERFORMANCE Q1", "A/U-LEAD PERFORMANCE Q1"), NONE,
                Map.of());
    }

    // Q7: a stationed unit with traces in consecutive quarters -> barred and awards revoked

    @Test
    void shouldBarAStationedLeadUnitButNotACountyLeadUnitWithTracesInConsecutiveQuarters() {
        QuarterlyRules county = groupOfFive(Y, 2).unit("S1", "STATIONED").unit("K1", "COUNTY")
                .trace("T-S1", "S1", Y, 1, "I1").trace("T-K1", "K1", Y, 1, "I2")
                .assessment("A", "I3", 8, 10, null, "S1", "C3:LEADER")
                .assessment("B", "I4", 9, 10, null, "K1", "C4:MEMBER");

        assertAnswer(county, List.of("A/S1 PROBLEM_TRACE Q2", "B/K1 PROBLEM_TRACE Q2"), NONE, Map.of(
                "S1", List.of(outcome("UNIT_AWARDS_REVOKED", "Q7", "A/S1", "T-S1"),
                        outcome("UNIT_EXCELLENT_BARRED", "Q7", "A/S1", "T-S1"))));
    }

    // the shape of the answer

    @Test
    void shouldSortNewRecordsByIdCancellationsByRecordIdAndSubjectsByIdWithEmptyOutcomes() {
        QuarterlyRules county = new QuarterlyRules(Y, 2).unit("U2", "COUNTY").unit("U1", "STATIONED")
                .cadre("C3", "C3", "U2").cadre("C1", "C1", "U1").cadre("C2", "C2", "U1")
                .trace("Z-OLD", "C3", Y, 1, "I2").trace("M-OLD", "C2", Y, 1, "I1").trace("A-OLD", "U2", Y, 1, "I2")
                .assessment("B", "I2", 2, 10, null, "U2", "C3:COORDINATOR", "C1:BUSINESS_LEAD")
                .assessment("A", "I1", 3, 10, null, "U1", "C2:COORDINATOR");

        QuarterlyDecision answer = county.decide();

        assertAll(
                () -> assertEquals(List.of("A/C2", "A/U1", "B/C1", "B/C3", "B/U2"),
                        answer.newRecords().stream().map(NewRecord::id).toList()),
                () -> assertEquals(List.of("A-OLD Q3 B", "M-OLD Q3 A", "Z-OLD Q3 B"), QuarterlyRules.cancellations(answer)),
                () -> assertEquals(List.of(new SubjectOutcomes("C1", List.of()), new SubjectOutcomes("C2", List.of()),
                        new SubjectOutcomes("C3", List.of())), answer.cadres()),
                () -> assertEquals(List.of(new SubjectOutcomes("U1", List.of()), new SubjectOutcomes("U2", List.of())),
                        answer.units()));
    }

    @Test
    void shouldSortOutcomesByCode() {
        QuarterlyRules county = groupOfFive(Y, 2).trace("T-C1", "C1", Y, 1, "I1").performance("P-C1", "C1", Y, 1, "I2")
                .assessment("A", "I1", 9, 10, null, "U-LEAD", "C1:BUSINESS_LEAD")
                .assessment("B", "I2", 1, 10, null, "U-LEAD", "C1:BUSINESS_LEAD");

        assertEquals(List.of("DISCIPLINE_REFERRAL", "KEY_OBSERVATION", "OUTSTANDING_CADRE_LIST", "POSITION_ADJUSTMENT"),
                county.decide().cadres().get(0).outcomes().stream().map(OutcomeView::code).toList());
    }

    /** A responsibility group of five: C1 business lead, C2 coordinator, C3 leader, C4 and C5 members. */
    private static final String[] GROUP = {"C3:LEADER", "C1:BUSINESS_LEAD", "C2:COORDINATOR", "C4:MEMBER", "C5:MEMBER"};

    /** A county with the cadres of {@link #GROUP} and the county unit U-LEAD, deciding {@code year} Q{@code quarter}. */
    private static QuarterlyRules groupOfFive(int year, int quarter) {
        return new QuarterlyRules(year, quarter).cadre("C1").cadre("C2").cadre("C3").cadre("C4").cadre("C5");
    }

    private static void assertAnswer(QuarterlyRules county, List<String> newRecords, List<String> cancellations,
            Map<String, List<String>> decided) {
        assertAnswer(county.decide(), newRecords, cancellations, county.outcomesWithNothingElse(decided));
    }

    private static void assertAnswer(QuarterlyDecision answer, List<String> newRecords, List<String> cancellations,
            Map<String, List<String>> outcomes) {
        assertAll(
                () -> assertEquals(newRecords, QuarterlyRules.newRecords(answer), "new records"),
                () -> assertEquals(cancellations, QuarterlyRules.cancellations(answer), "cancellations"),
                () -> assertEquals(outcomes, QuarterlyRules.outcomes(answer), "outcomes per cadre and unit"));
    }

    private static String outcome(String code, String rule, String... evidence) {
        return code + ":" + rule + List.of(evidence);
    }
}
