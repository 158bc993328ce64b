package com.meritarchive.decision.fact;

import static com.meritarchive.decision.fact.SubjectRecordsTallyTest.performance;
import static com.meritarchive.decision.fact.SubjectRecordsTallyTest.trace;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts the warning rules (warnings.drl) derive for W1-W6: the next quarter's runs, as if every
 * stream with a record in the decided quarter had one more in the next one, citing only the records
 * made; and the year's tally with one more performance record. Read back as in {@link SubjectRecordsRunsTest}.
 */
class SubjectRecordsForeseenTest {

    private static final Subject C1 = Subject.of(Subject.CADRE, "C1", null);
    private static final int Y = 2017;

    @Test
    void shouldExtendOnlyTheStreamsWithARecordInTheDecidedQuarterIntoTheNextOne() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(trace("T1", Y, 1, "I1"), trace("T2", Y, 2, "I1"),
                trace("T3", Y, 1, "I2"), performance("P1", Y, 2, "I3")));
        Outlook next = Outlook.next(new DecisionQuarter(Y, 2));

        List<Run> runs = c1.trailingRuns(nextQuarterWindow(next), next);

        assertAll(
                () -> assertEquals(List.of("PERFORMANCE ANY 2017Q3-2017Q3 []", "PERFORMANCE ANY 2017Q2-2017Q3 [P1]",
                        "PERFORMANCE SAME I3 2017Q3-2017Q3 []", "PERFORMANCE SAME I3 2017Q2-2017Q3 [P1]",
                        "PROBLEM_TRACE ANY 2017Q3-2017Q3 []", "PROBLEM_TRACE ANY 2017Q2-2017Q3 [T2]",
                        "PROBLEM_TRACE ANY 2017Q1-2017Q3 [T1, T2, T3]", "PROBLEM_TRACE SAME I1 2017Q3-2017Q3 []",
                        "PROBLEM_TRACE SAME I1 2017Q2-2017Q3 [T2]", "PROBLEM_TRACE SAME I1 2017Q1-2017Q3 [T1, T2]"),
                        runs.stream().map(SubjectRecordsRunsTest::describe).toList()),
                () -> assertEquals(new Outlook(Outlook.NEXT, Y, 3, "I1", 1), runs.get(8).outlook()),
                () -> assertEquals(new Outlook(Outlook.NEXT, Y, 3, null, 2), runs.get(6).outlook()));
    }

    @Test
    void shouldForeseeTheFirstQuarterOfTheNextYearAfterTheFourth() {
        Outlook next = Outlook.next(new DecisionQuarter(Y, 4));
        SubjectRecords c1 = new SubjectRecords(C1, List.of(trace("T1", Y, 4, "I1")));

        assertAll(
                () -> assertEquals(new Outlook(Outlook.NEXT, Y + 1, 1, null, 0), next),
                () -> assertEquals(List.of("PROBLEM_TRACE ANY 2017Q4-2018Q1 [T1]", "PROBLEM_TRACE SAME I1 2017Q4-2018Q1 [T1]"),
                        c1.trailingRuns(nextQuarterWindow(next), next).stream().filter(r -> r.length() == 2)
                                .map(SubjectRecordsRunsTest::describe).toList()));
    }

    @Test
    void shouldForeseeTheYearsMaximalRunEndingInTheNextQuarterOnly() {
        SubjectRecords s1 = new SubjectRecords(Subject.of(Subject.UNIT, "S1", "STATIONED"), List.of(
                performance("P0", Y - 1, 4, "I1"), performance("P1", Y, 1, "I1"), performance("P2", Y, 2, "I1")));
        Outlook next = Outlook.next(new DecisionQuarter(Y, 2));
        Window year = new Window("YEAR", ArchiveRecord.indexOf(Y, 1), next.index(), next.index());

        List<Run> runs = s1.runs(year, next);

        assertAll(
                () -> assertEquals(List.of("PERFORMANCE ANY 2017Q1-2017Q3 [P1, P2]", "PERFORMANCE SAME I1 2017Q1-2017Q3 [P1, P2]"),
                        runs.stream().map(SubjectRecordsRunsTest::describe).toList()),
                () -> assertEquals(2, runs.get(0).outlook().count()));
    }

    @Test
    void shouldCountOneMorePerformanceRecordInTheNextQuarterAndCiteOnlyTheRecordsMade() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(performance("P1", Y, 1, "I1"), trace("T1", Y, 1, "I2"),
                performance("P0", Y - 1, 4, "I1")));
        DecisionQuarter q2 = new DecisionQuarter(Y, 2);

        assertAll(
                () -> assertEquals(new Tally("CADRE", "C1", null, 2, 1, List.of("P1"), new Outlook(Outlook.NEXT, Y, 3, null, 1)),
                        c1.tally(Y, Outlook.next(q2))),
                () -> assertEquals(new Tally("CADRE", "C1", null, 1, 1, List.of("P1"), new Outlook(Outlook.SO_FAR, Y, 3, null, 1)),
                        c1.tally(Y, Outlook.soFar(q2))));
    }

    /** The window the next quarter's decision looks at, as warnings.drl derives it. */
    private static Window nextQuarterWindow(Outlook next) {
        return new Window("QUARTER", ArchiveRecord.indexOf(next.year() - 1, 4), next.index(), next.index());
    }
}
