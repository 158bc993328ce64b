package com.meritarchive.decision.fact;

import static com.meritarchive.decision.fact.SubjectRecordsTallyTest.performance;
import static com.meritarchive.decision.fact.SubjectRecordsTallyTest.record;
import static com.meritarchive.decision.fact.SubjectRecordsTallyTest.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SubjectRecords#runs}, the maximal runs of consecutive quarters that A3-A5, U1 and U2 decide
 * on, and {@link SubjectRecords#trailingRuns}, the runs Q4-Q7 decide on, read back as
 * "TYPE SCOPE[ indicator] start-end [evidence]" with quarters as "2017Q1".
 */
class SubjectRecordsRunsTest {

    private static final Subject C1 = Subject.of(Subject.CADRE, "C1", null);
    private static final int Y = 2017;

    /** The year-end windows as annual-derive.drl derives them for 2017. */
    private static final Window SPAN = new Window("SPAN", ArchiveRecord.indexOf(Y - 1, 4), ArchiveRecord.indexOf(Y, 4),
            ArchiveRecord.indexOf(Y, 1));
    private static final Window YEAR = new Window("YEAR", ArchiveRecord.indexOf(Y, 1), ArchiveRecord.indexOf(Y, 4),
            ArchiveRecord.indexOf(Y, 1));

    @Test
    void shouldJoinTheFourthQuarterOfThePreviousYearWithTheFirstQuarter() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(trace("T1", Y - 1, 4, "I1"), trace("T2", Y, 1, "I1")));

        assertEquals(List.of("PROBLEM_TRACE ANY 2016Q4-2017Q1 [T1, T2]", "PROBLEM_TRACE SAME I1 2016Q4-2017Q1 [T1, T2]"),
                runs(c1, SPAN));
    }

    @Test
    void shouldCountAQuarterWithTwoRecordsOnceAndCiteBoth() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                performance("P1", Y, 2, "I1"), performance("P2", Y, 2, "I2"), performance("P3", Y, 3, "I1")));

        assertEquals(List.of("PERFORMANCE ANY 2017Q2-2017Q3 [P1, P2, P3]", "PERFORMANCE SAME I1 2017Q2-2017Q3 [P1, P3]",
                "PERFORMANCE SAME I2 2017Q2-2017Q2 [P2]"), runs(c1, SPAN));
    }

    @Test
    void shouldBreakARunAtACancelledRecordAndNeverCiteIt() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                trace("T1", Y, 1, "I1"), record("T2", ArchiveRecord.PROBLEM_TRACE, Y, 2, "I1", ArchiveRecord.CANCELLED),
                trace("T3", Y, 3, "I1"), record("T4", ArchiveRecord.PROBLEM_TRACE, Y, 3, "I2", ArchiveRecord.CANCELLED),
                trace("T5", Y, 4, "I1")));

        assertEquals(List.of("PROBLEM_TRACE ANY 2017Q1-2017Q1 [T1]", "PROBLEM_TRACE ANY 2017Q3-2017Q4 [T3, T5]",
                "PROBLEM_TRACE SAME I1 2017Q1-2017Q1 [T1]", "PROBLEM_TRACE SAME I1 2017Q3-2017Q4 [T3, T5]"), runs(c1, SPAN));
    }

    @Test
    void shouldKeepTypesApartAndRunAcrossIndicatorsAndPerIndicator() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                trace("T1", Y, 1, "I1"), performance("P1", Y, 2, "I1"), trace("T2", Y, 2, "I2"), trace("T3", Y, 3, "I2")));

        assertEquals(List.of("PERFORMANCE ANY 2017Q2-2017Q2 [P1]", "PERFORMANCE SAME I1 2017Q2-2017Q2 [P1]",
                "PROBLEM_TRACE ANY 2017Q1-2017Q3 [T1, T2, T3]", "PROBLEM_TRACE SAME I1 2017Q1-2017Q1 [T1]",
                "PROBLEM_TRACE SAME I2 2017Q2-2017Q3 [T2, T3]"), runs(c1, SPAN));
    }

    @Test
    void shouldMakeASingleQuarterARunOfLengthOneWhenItIsInTheYear() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(performance("P1", Y - 1, 4, "I1"), performance("P2", Y, 2, "I1")));

        assertEquals(List.of("PERFORMANCE ANY 2017Q2-2017Q2 [P2]", "PERFORMANCE SAME I1 2017Q2-2017Q2 [P2]"), runs(c1, SPAN));
        assertEquals(1, c1.runs(SPAN).get(0).length());
    }

    @Test
    void shouldFindNoRunOfOneQuarterInThePreviousYearsFourthQuarter() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(trace("T1", Y - 1, 4, "I1")));

        assertEquals(List.of(), runs(c1, SPAN));
    }

    @Test
    void shouldMakeAllFourQuartersOfTheYearOneRunOfFourInsideTheYear() {
        SubjectRecords all = new SubjectRecords(C1, List.of(performance("P1", Y, 1, "I1"), performance("P2", Y, 2, "I2"),
                performance("P3", Y, 3, "I1"), performance("P4", Y, 4, "I2")));
        SubjectRecords fromLastYear = new SubjectRecords(C1, List.of(performance("P0", Y - 1, 4, "I1"),
                performance("P1", Y, 1, "I1"), performance("P2", Y, 2, "I2"), performance("P3", Y, 3, "I1")));

        assertEquals(List.of(4), all.runs(YEAR).stream().filter(r -> r.indicator() == null).map(Run::length).toList());
        assertEquals(List.of(3), fromLastYear.runs(YEAR).stream().filter(r -> r.indicator() == null).map(Run::length).toList());
        assertEquals(List.of(4), fromLastYear.runs(SPAN).stream().filter(r -> r.indicator() == null).map(Run::length).toList());
    }

    @Test
    void shouldDropARunThatEndsBeforeTheWindowsEndFrom() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                performance("P1", Y - 1, 3, "I1"), performance("P2", Y - 1, 4, "I1"),
                performance("P3", Y, 2, "I2"), performance("P4", Y, 3, "I2")));

        assertEquals(List.of("PERFORMANCE ANY 2017Q2-2017Q3 [P3, P4]", "PERFORMANCE SAME I2 2017Q2-2017Q3 [P3, P4]"),
                runs(c1, SPAN));
        assertEquals(List.of(), runs(c1, new Window("SPAN", SPAN.from(), SPAN.to(), ArchiveRecord.indexOf(Y, 4))));
    }

    @Test
    void shouldCutARunAtTheWindowsStart() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                performance("P1", Y - 1, 3, "I1"), performance("P2", Y - 1, 4, "I1"), performance("P3", Y, 1, "I1"),
                performance("P4", Y, 2, "I1")));

        assertEquals(List.of("PERFORMANCE ANY 2016Q4-2017Q2 [P2, P3, P4]", "PERFORMANCE SAME I1 2016Q4-2017Q2 [P2, P3, P4]"),
                runs(c1, SPAN));
        assertEquals(List.of("PERFORMANCE ANY 2017Q1-2017Q2 [P3, P4]", "PERFORMANCE SAME I1 2017Q1-2017Q2 [P3, P4]"),
                runs(c1, YEAR));
    }

    @Test
    void shouldDescribeTheRunWithItsWindowSubjectAndLength() {
        Subject unit = Subject.of(Subject.UNIT, "S1", "STATIONED");
        SubjectRecords s1 = new SubjectRecords(unit, List.of(
                ArchiveRecord.of("P1", Subject.UNIT, "S1", ArchiveRecord.PERFORMANCE, Y, 1, "k", "I1", ArchiveRecord.ACTIVE),
                ArchiveRecord.of("P2", Subject.UNIT, "S1", ArchiveRecord.PERFORMANCE, Y, 2, "k", "I2", ArchiveRecord.ACTIVE),
                ArchiveRecord.of("P3", Subject.UNIT, "S1", ArchiveRecord.PERFORMANCE, Y, 3, "k", "I3", ArchiveRecord.ACTIVE)));

        Run run = s1.runs(YEAR).get(0); // the run across indicators; each indicator has a run of one quarter

        assertEquals(new Run("YEAR", "UNIT", "S1", "STATIONED", "PERFORMANCE", "ANY", null, ArchiveRecord.indexOf(Y, 1),
                ArchiveRecord.indexOf(Y, 3), List.of("P1", "P2", "P3")), run);
        assertEquals(3, run.length());
    }

    @Test
    void shouldFindNoRunWithoutRecords() {
        assertEquals(List.of(), new SubjectRecords(C1, List.of()).runs(SPAN));
        assertEquals(List.of(), new SubjectRecords(C1, List.of()).trailingRuns(quarterWindow(Y, 2)));
    }

    // trailingRuns: the quarterly window's runs of the last 1, 2, ... quarters, each citing only its own quarters

    @Test
    void shouldGiveOneRunPerLengthEndingInTheDecidedQuarterAcrossTheYearEnd() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                trace("T1", Y - 1, 4, "I1"), trace("T2", Y, 1, "I1"), trace("T3", Y, 2, "I1"), trace("T4", Y, 2, "I2")));

        assertEquals(List.of(
                "PROBLEM_TRACE ANY 2017Q2-2017Q2 [T3, T4]", "PROBLEM_TRACE ANY 2017Q1-2017Q2 [T2, T3, T4]",
                "PROBLEM_TRACE ANY 2016Q4-2017Q2 [T1, T2, T3, T4]",
                "PROBLEM_TRACE SAME I1 2017Q2-2017Q2 [T3]", "PROBLEM_TRACE SAME I1 2017Q1-2017Q2 [T2, T3]",
                "PROBLEM_TRACE SAME I1 2016Q4-2017Q2 [T1, T2, T3]",
                "PROBLEM_TRACE SAME I2 2017Q2-2017Q2 [T4]"), trailing(c1, quarterWindow(Y, 2)));
    }

    @Test
    void shouldGiveNoTrailingRunToAStreamWithoutARecordInTheDecidedQuarter() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                performance("P1", Y, 1, "I1"), performance("P2", Y, 2, "I1"), trace("T1", Y, 3, "I2")));

        assertEquals(List.of("PROBLEM_TRACE ANY 2017Q3-2017Q3 [T1]", "PROBLEM_TRACE SAME I2 2017Q3-2017Q3 [T1]"),
                trailing(c1, quarterWindow(Y, 3)));
    }

    @Test
    void shouldStopTrailingRunsAtACancelledQuarterAndAtTheWindowsStart() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                trace("T0", Y - 1, 3, "I1"), trace("T1", Y - 1, 4, "I1"), trace("T2", Y, 1, "I1"),
                trace("T3", Y, 3, "I1"), record("T4", ArchiveRecord.PROBLEM_TRACE, Y, 2, "I1", ArchiveRecord.CANCELLED)));

        assertEquals(List.of("PROBLEM_TRACE ANY 2017Q1-2017Q1 [T2]", "PROBLEM_TRACE ANY 2016Q4-2017Q1 [T1, T2]",
                "PROBLEM_TRACE SAME I1 2017Q1-2017Q1 [T2]", "PROBLEM_TRACE SAME I1 2016Q4-2017Q1 [T1, T2]"),
                trailing(c1, quarterWindow(Y, 1)));
        assertEquals(List.of("PROBLEM_TRACE ANY 2017Q3-2017Q3 [T3]", "PROBLEM_TRACE SAME I1 2017Q3-2017Q3 [T3]"),
                trailing(c1, quarterWindow(Y, 3)));
    }

    /** The quarterly window as quarterly-derive.drl derives it: Q4 of the year before through the decided quarter. */
    private static Window quarterWindow(int year, int quarter) {
        int now = ArchiveRecord.indexOf(year, quarter);
        return new Window("QUARTER", ArchiveRecord.indexOf(year - 1, 4), now, now);
    }

    static List<String> trailing(SubjectRecords subject, Window window) {
        return subject.trailingRuns(window).stream().map(SubjectRecordsRunsTest::describe).toList();
    }

    static List<String> runs(SubjectRecords subject, Window window) {
        return subject.runs(window).stream().map(SubjectRecordsRunsTest::describe).toList();
    }

    static String describe(Run run) {
        return run.type() + " " + run.indicatorScope() + (run.indicator() == null ? "" : " " + run.indicator()) + " "
                + quarter(run.start()) + "-" + quarter(run.end()) + " " + run.evidence();
    }

    private static String quarter(int index) {
        return (index / 4) + "Q" + (index % 4 + 1);
    }
}
