package com.meritarchive.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The annual clauses of POLICY.md (A1-A5, U1-U2) at their boundaries, decided for 2017 with the
 * shipped rule set. Every test asserts the whole answer: each subject with its exact outcomes and
 * evidence, so that an outcome appearing where it should not fails as well.
 */
class AnnualClauseTest {

    private static final int Y = 2017;

    // A1: >= 2 performance records in Y and no uncancelled trace in Y

    @Test
    void shouldNotRateExcellentWithOnePerformanceRecord() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").performance("C1", Y, 2);

        assertOutcomes(county, Map.of("C1", List.of(), "U-HOME", List.of()));
    }

    @Test
    void shouldRateExcellentWithTwoRecordsAndNoTrace() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").performance("C1", Y, 1).performance("C1", Y, 4);

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("ANNUAL_EXCELLENT", "A1", p("C1", Y, 1), p("C1", Y, 4))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldNotRateExcellentWithAnActiveTraceInTheYearButStillNominateWithThreeRecords() {
        AnnualRules county = new AnnualRules(Y).cadre("C1")
                .performance("C1", Y, 1).performance("C1", Y, 3).performance("C1", Y, 3, "I2")
                .trace("C1", Y, 4, "I9");

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("MAJOR_CONTRIBUTION_NOMINEE", "A2", p("C1", Y, 1), p("C1", Y, 3), p("C1", Y, 3, "I2"))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldNotRateExcellentWithTwoRecordsAndOneActiveTrace() {
        AnnualRules county = new AnnualRules(Y).cadre("C1")
                .performance("C1", Y, 1).performance("C1", Y, 3).trace("C1", Y, 2, "I9");

        assertOutcomes(county, Map.of("C1", List.of(), "U-HOME", List.of()));
    }

    @Test
    void shouldRateExcellentWhenTheOnlyTraceIsCancelled() {
        AnnualRules county = new AnnualRules(Y).cadre("C1")
                .performance("C1", Y, 1).performance("C1", Y, 3).cancelledTrace("C1", Y, 2, "I9");

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("ANNUAL_EXCELLENT", "A1", p("C1", Y, 1), p("C1", Y, 3))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldRateExcellentWhenTheOnlyTraceIsInThePreviousYear() {
        AnnualRules county = new AnnualRules(Y).cadre("C1")
                .trace("C1", Y - 1, 4, "I9").performance("C1", Y, 2).performance("C1", Y, 4);

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("ANNUAL_EXCELLENT", "A1", p("C1", Y, 2), p("C1", Y, 4))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldNotCountPerformanceOfThePreviousYearsFourthQuarter() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").cadre("C2")
                .performance("C1", Y - 1, 4).performance("C1", Y, 3)
                .performance("C2", Y - 1, 4).performance("C2", Y, 2).performance("C2", Y, 4);

        assertOutcomes(county, Map.of(
                "C1", List.of(),
                "C2", List.of(outcome("ANNUAL_EXCELLENT", "A1", p("C2", Y, 2), p("C2", Y, 4))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldCountEachRecordInTheSameQuarter() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").cadre("C2")
                .performance("C1", Y, 2, "I1").performance("C1", Y, 2, "I2")
                .performance("C2", Y, 3, "I1").performance("C2", Y, 3, "I2").performance("C2", Y, 3, "I3");

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("ANNUAL_EXCELLENT", "A1", p("C1", Y, 2, "I1"), p("C1", Y, 2, "I2"))),
                "C2", List.of(
                        outcome("ANNUAL_EXCELLENT", "A1", p("C2", Y, 3, "I1"), p("C2", Y, 3, "I2"), p("C2", Y, 3, "I3")),
                        outcome("MAJOR_CONTRIBUTION_NOMINEE", "A2", p("C2", Y, 3, "I1"), p("C2", Y, 3, "I2"), p("C2", Y, 3, "I3"))),
                "U-HOME", List.of()));
    }

    // A2: >= 3 performance records in Y

    @Test
    void shouldNotNominateForMajorContributionWithTwoRecords() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").performance("C1", Y, 1).performance("C1", Y, 3);

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("ANNUAL_EXCELLENT", "A1", p("C1", Y, 1), p("C1", Y, 3))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldNominateForMajorContributionWithThreeRecords() {
        AnnualRules county = new AnnualRules(Y).cadre("C1")
                .performance("C1", Y, 1).performance("C1", Y, 2).performance("C1", Y, 4);

        assertOutcomes(county, Map.of(
                "C1", List.of(
                        outcome("ANNUAL_EXCELLENT", "A1", p("C1", Y, 1), p("C1", Y, 2), p("C1", Y, 4)),
                        outcome("MAJOR_CONTRIBUTION_NOMINEE", "A2", p("C1", Y, 1), p("C1", Y, 2), p("C1", Y, 4)),
                        outcome("OUTSTANDING_CADRE_LIST", "A3", p("C1", Y, 1), p("C1", Y, 2))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldNotNominateForMajorContributionWhenTheThirdRecordIsFromThePreviousYear() {
        AnnualRules county = new AnnualRules(Y).cadre("C1")
                .performance("C1", Y - 1, 4).performance("C1", Y, 1).performance("C1", Y, 3);

        assertOutcomes(county, Map.of(
                "C1", List.of(
                        outcome("ANNUAL_EXCELLENT", "A1", p("C1", Y, 1), p("C1", Y, 3)),
                        outcome("OUTSTANDING_CADRE_LIST", "A3", p("C1", Y - 1, 4), p("C1", Y, 1))),
                "U-HOME", List.of()));
    }

    // A3: performance records in 2 consecutive quarters, the later in Y

    @Test
    void shouldListOutstandingCadreWithRecordsInTwoConsecutiveQuarters() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").performance("C1", Y, 2).performance("C1", Y, 3);

        assertOutcomes(county, Map.of(
                "C1", List.of(
                        outcome("ANNUAL_EXCELLENT", "A1", p("C1", Y, 2), p("C1", Y, 3)),
                        outcome("OUTSTANDING_CADRE_LIST", "A3", p("C1", Y, 2), p("C1", Y, 3))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldListOutstandingCadreAcrossTheYearBoundaryWithThePreviousFourthQuarterAsEvidence() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").performance("C1", Y - 1, 4).performance("C1", Y, 1);

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("OUTSTANDING_CADRE_LIST", "A3", p("C1", Y - 1, 4), p("C1", Y, 1))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldNotListOutstandingCadreForTheFirstAndThirdQuarters() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").performance("C1", Y, 1).performance("C1", Y, 3);

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("ANNUAL_EXCELLENT", "A1", p("C1", Y, 1), p("C1", Y, 3))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldNotListOutstandingCadreForAPairOnlyInThePreviousYear() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").performance("C1", Y - 1, 3).performance("C1", Y - 1, 4);

        assertOutcomes(county, Map.of("C1", List.of(), "U-HOME", List.of()));
    }

    // A4: uncancelled traces in 2 consecutive quarters, the later in Y

    @Test
    void shouldAdjustPositionForTracesOnDifferentIndicatorsInConsecutiveQuarters() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").trace("C1", Y, 2, "I1").trace("C1", Y, 3, "I2");

        assertOutcomes(county, Map.of(
                "C1", List.of(
                        outcome("KEY_OBSERVATION", "A4", t("C1", Y, 2, "I1"), t("C1", Y, 3, "I2")),
                        outcome("POSITION_ADJUSTMENT", "A4", t("C1", Y, 2, "I1"), t("C1", Y, 3, "I2"))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldAdjustPositionAcrossTheYearBoundary() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").trace("C1", Y - 1, 4, "I1").trace("C1", Y, 1, "I2");

        assertOutcomes(county, Map.of(
                "C1", List.of(
                        outcome("KEY_OBSERVATION", "A4", t("C1", Y - 1, 4, "I1"), t("C1", Y, 1, "I2")),
                        outcome("POSITION_ADJUSTMENT", "A4", t("C1", Y - 1, 4, "I1"), t("C1", Y, 1, "I2"))),
                "U-HOME", List.of()));
    }

    @Test
    void shouldNotAdjustPositionWhenTheTraceInTheMiddleIsCancelled() {
        AnnualRules county = new AnnualRules(Y).cadre("C1")
                .trace("C1", Y, 1, "I1").cancelledTrace("C1", Y, 2, "I2").trace("C1", Y, 3, "I3");

        assertOutcomes(county, Map.of("C1", List.of(), "U-HOME", List.of()));
    }

    @Test
    void shouldNotAdjustPositionForAPairOnlyInThePreviousYear() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").trace("C1", Y - 1, 3, "I1").trace("C1", Y - 1, 4, "I2");

        assertOutcomes(county, Map.of("C1", List.of(), "U-HOME", List.of()));
    }

    @Test
    void shouldGiveEveryRecordOfTheQualifyingTraceRunsSortedAsEvidence() {
        // runs 2016Q4-2017Q1 and 2017Q3-Q4 qualify; cancelled traces are no evidence
        AnnualRules county = new AnnualRules(Y).cadre("C1")
                .trace("C1", Y, 4, "I5").trace("C1", Y, 3, "I4").cancelledTrace("C1", Y, 3, "I6")
                .trace("C1", Y, 1, "I2").trace("C1", Y, 1, "I3").trace("C1", Y - 1, 4, "I1")
                .cadre("C2").trace("C2", Y, 1, "I1").trace("C2", Y, 2, "I1").trace("C2", Y, 4, "I2");
        String[] c1 = {t("C1", Y - 1, 4, "I1"), t("C1", Y, 1, "I2"), t("C1", Y, 1, "I3"), t("C1", Y, 3, "I4"),
            t("C1", Y, 4, "I5")};
        String[] c2 = {t("C2", Y, 1, "I1"), t("C2", Y, 2, "I1")};

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("KEY_OBSERVATION", "A4", c1), outcome("POSITION_ADJUSTMENT", "A4", c1)),
                "C2", List.of(outcome("DISCIPLINE_REFERRAL", "A5", c2), outcome("KEY_OBSERVATION", "A4", c2),
                        outcome("POSITION_ADJUSTMENT", "A4", c2)),
                "U-HOME", List.of()));
    }

    // A5: uncancelled traces on the same indicator in 2 consecutive quarters

    @Test
    void shouldReferToDisciplineForTracesOnTheSameIndicatorInConsecutiveQuarters() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").trace("C1", Y, 1, "I1").trace("C1", Y, 2, "I1");
        String[] evidence = {t("C1", Y, 1, "I1"), t("C1", Y, 2, "I1")};

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("DISCIPLINE_REFERRAL", "A5", evidence), outcome("KEY_OBSERVATION", "A4", evidence),
                        outcome("POSITION_ADJUSTMENT", "A4", evidence)),
                "U-HOME", List.of()));
    }

    @Test
    void shouldReferToDisciplineAcrossTheYearBoundary() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").trace("C1", Y - 1, 4, "I1").trace("C1", Y, 1, "I1");
        String[] evidence = {t("C1", Y - 1, 4, "I1"), t("C1", Y, 1, "I1")};

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("DISCIPLINE_REFERRAL", "A5", evidence), outcome("KEY_OBSERVATION", "A4", evidence),
                        outcome("POSITION_ADJUSTMENT", "A4", evidence)),
                "U-HOME", List.of()));
    }

    @Test
    void shouldGiveOnlyTheRepeatedIndicatorsTracesAsDisciplineEvidence() {
        AnnualRules county = new AnnualRules(Y).cadre("C1")
                .trace("C1", Y, 1, "I1").trace("C1", Y, 2, "I1").trace("C1", Y, 2, "I2");
        String[] sameIndicator = {t("C1", Y, 1, "I1"), t("C1", Y, 2, "I1")};
        String[] anyIndicator = {t("C1", Y, 1, "I1"), t("C1", Y, 2, "I1"), t("C1", Y, 2, "I2")};

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("DISCIPLINE_REFERRAL", "A5", sameIndicator),
                        outcome("KEY_OBSERVATION", "A4", anyIndicator), outcome("POSITION_ADJUSTMENT", "A4", anyIndicator)),
                "U-HOME", List.of()));
    }

    @Test
    void shouldNotReferToDisciplineWhenTheRepeatedIndicatorsMiddleTraceIsCancelled() {
        // I1 is traced in Q1 and Q3 only (its Q2 trace was cancelled); I2 keeps A4's run unbroken
        AnnualRules county = new AnnualRules(Y).cadre("C1")
                .trace("C1", Y, 1, "I1").cancelledTrace("C1", Y, 2, "I1").trace("C1", Y, 2, "I2").trace("C1", Y, 3, "I1");
        String[] anyIndicator = {t("C1", Y, 1, "I1"), t("C1", Y, 2, "I2"), t("C1", Y, 3, "I1")};

        assertOutcomes(county, Map.of(
                "C1", List.of(outcome("KEY_OBSERVATION", "A4", anyIndicator), outcome("POSITION_ADJUSTMENT", "A4", anyIndicator)),
                "U-HOME", List.of()));
    }

    // U1: stationed unit, performance records in 3 consecutive quarters inside Y

    @Test
    void shouldRateStationedUnitExcellentForThreeConsecutiveQuarters() {
        AnnualRules county = new AnnualRules(Y).unit("S1", "STATIONED")
                .performance("S1", Y, 1).performance("S1", Y, 2).performance("S1", Y, 3);

        assertOutcomes(county, Map.of(
                "S1", List.of(outcome("UNIT_ANNUAL_EXCELLENT", "U1", p("S1", Y, 1), p("S1", Y, 2), p("S1", Y, 3)))));
    }

    @Test
    void shouldNotRateStationedUnitExcellentForTwoConsecutiveQuarters() {
        AnnualRules county = new AnnualRules(Y).unit("S1", "STATIONED")
                .performance("S1", Y, 2).performance("S1", Y, 3).performance("S1", Y - 1, 4);

        assertOutcomes(county, Map.of("S1", List.of()));
    }

    @Test
    void shouldNotRateStationedUnitExcellentForARunOfThreeStartingInThePreviousYear() {
        AnnualRules county = new AnnualRules(Y).unit("S1", "STATIONED")
                .performance("S1", Y - 1, 4).performance("S1", Y, 1).performance("S1", Y, 2);

        assertOutcomes(county, Map.of("S1", List.of()));
    }

    @Test
    void shouldRateStationedUnitExcellentWithOnlyTheYearsRecordsAsEvidence() {
        AnnualRules county = new AnnualRules(Y).unit("S1", "STATIONED")
                .performance("S1", Y - 1, 4).performance("S1", Y, 1).performance("S1", Y, 2).performance("S1", Y, 3);

        assertOutcomes(county, Map.of(
                "S1", List.of(outcome("UNIT_ANNUAL_EXCELLENT", "U1", p("S1", Y, 1), p("S1", Y, 2), p("S1", Y, 3)))));
    }

    @Test
    void shouldDecideNothingForCountyUnitsWithStationedUnitRecords() {
        AnnualRules county = new AnnualRules(Y).unit("K1", "COUNTY").unit("K2", "COUNTY")
                .performance("K1", Y, 1).performance("K1", Y, 2).performance("K1", Y, 3)
                .trace("K2", Y, 1, "I1").trace("K2", Y, 2, "I1");

        assertOutcomes(county, Map.of("K1", List.of(), "K2", List.of()));
    }

    // U2: stationed unit, uncancelled traces in 2 consecutive quarters; vetoes U1

    @Test
    void shouldBarStationedUnitWithTracesInTwoConsecutiveQuarters() {
        AnnualRules county = new AnnualRules(Y).unit("S1", "STATIONED").trace("S1", Y, 2, "I1").trace("S1", Y, 3, "I2");
        String[] evidence = {t("S1", Y, 2, "I1"), t("S1", Y, 3, "I2")};

        assertOutcomes(county, Map.of(
                "S1", List.of(outcome("UNIT_AWARDS_REVOKED", "U2", evidence), outcome("UNIT_EXCELLENT_BARRED", "U2", evidence))));
    }

    @Test
    void shouldBarStationedUnitAcrossTheYearBoundary() {
        AnnualRules county = new AnnualRules(Y).unit("S1", "STATIONED").trace("S1", Y - 1, 4, "I1").trace("S1", Y, 1, "I1");
        String[] evidence = {t("S1", Y - 1, 4, "I1"), t("S1", Y, 1, "I1")};

        assertOutcomes(county, Map.of(
                "S1", List.of(outcome("UNIT_AWARDS_REVOKED", "U2", evidence), outcome("UNIT_EXCELLENT_BARRED", "U2", evidence))));
    }

    @Test
    void shouldNotBarStationedUnitWhenOneOfTheTracesIsCancelled() {
        AnnualRules county = new AnnualRules(Y).unit("S1", "STATIONED")
                .trace("S1", Y, 2, "I1").cancelledTrace("S1", Y, 3, "I2").trace("S1", Y - 1, 3, "I1");

        assertOutcomes(county, Map.of("S1", List.of()));
    }

    @Test
    void shouldNeverRateABarredStationedUnitExcellent() {
        AnnualRules county = new AnnualRules(Y).unit("S1", "STATIONED")
                .performance("S1", Y, 1).performance("S1", Y, 2).performance("S1", Y, 3)
                .trace("S1", Y, 3, "I2").trace("S1", Y, 4, "I3");
        String[] evidence = {t("S1", Y, 3, "I2"), t("S1", Y, 4, "I3")};

        assertOutcomes(county, Map.of(
                "S1", List.of(outcome("UNIT_AWARDS_REVOKED", "U2", evidence), outcome("UNIT_EXCELLENT_BARRED", "U2", evidence))));
    }

    // the shape of the answer

    @Test
    void shouldListACadreWithNothingWithEmptyOutcomes() {
        AnnualRules county = new AnnualRules(Y).cadre("C1").cadre("C2").performance("C2", Y, 1);

        assertOutcomes(county, Map.of("C1", List.of(), "C2", List.of(), "U-HOME", List.of()));
    }

    @Test
    void shouldListEveryCadreAndUnitSortedByIdWithOutcomesSortedByCode() {
        AnnualRules county = new AnnualRules(Y)
                .unit("S2", "STATIONED").unit("K1", "COUNTY").unit("S1", "STATIONED")
                .cadre("C3", "C3", "K1").cadre("C1", "C1", "S2").cadre("C2", "C2", "S1")
                .performance("C3", Y, 1).performance("C3", Y, 2).performance("C3", Y, 3)
                .trace("C1", Y, 1, "I1").trace("C1", Y, 2, "I1")
                .trace("S2", Y, 3, "I1").trace("S2", Y, 4, "I1");

        AnnualDecision decision = county.decide(AnnualRules.SHIPPED);

        assertEquals(List.of("C1", "C2", "C3"), decision.cadres().stream().map(SubjectOutcomes::id).toList());
        assertEquals(List.of("K1", "S1", "S2"), decision.units().stream().map(SubjectOutcomes::id).toList());
        assertEquals(List.of("DISCIPLINE_REFERRAL", "KEY_OBSERVATION", "POSITION_ADJUSTMENT"), codes(decision.cadres().get(0)));
        assertEquals(List.of(), codes(decision.cadres().get(1)));
        assertEquals(List.of("ANNUAL_EXCELLENT", "MAJOR_CONTRIBUTION_NOMINEE", "OUTSTANDING_CADRE_LIST"),
                codes(decision.cadres().get(2)));
        assertEquals(List.of(), codes(decision.units().get(0)));
        assertEquals(List.of(), codes(decision.units().get(1)));
        assertEquals(List.of("UNIT_AWARDS_REVOKED", "UNIT_EXCELLENT_BARRED"), codes(decision.units().get(2)));
    }

    private static List<String> codes(SubjectOutcomes subject) {
        return subject.outcomes().stream().map(OutcomeView::code).toList();
    }

    private static void assertOutcomes(AnnualRules county, Map<String, List<String>> expected) {
        assertEquals(new TreeMap<>(expected), county.outcomes());
    }

    private static String outcome(String code, String rule, String... evidence) {
        return code + ":" + rule + List.of(evidence);
    }

    /** Id of a performance record made by {@link AnnualRules#performance}. */
    private static String p(String subjectId, int year, int quarter) {
        return p(subjectId, year, quarter, "I1");
    }

    private static String p(String subjectId, int year, int quarter, String indicator) {
        return subjectId + "-P-" + year + "Q" + quarter + "-" + indicator;
    }

    /** Id of a problem trace made by {@link AnnualRules#trace}. */
    private static String t(String subjectId, int year, int quarter, String indicator) {
        return subjectId + "-T-" + year + "Q" + quarter + "-" + indicator;
    }
}
