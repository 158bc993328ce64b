package com.meritarchive.decision.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SubjectRecords#tally}: what A1, A2 and rows like them count. */
class SubjectRecordsTallyTest {

    private static final Subject C1 = Subject.of(Subject.CADRE, "C1", null);

    @Test
    void shouldCountEveryActiveRecordOfTheYearByTypeEvenTwoInOneQuarter() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                performance("P1", 2017, 2, "I1"), performance("P2", 2017, 2, "I2"), performance("P3", 2017, 4, "I1"),
                trace("T1", 2017, 3, "I3")));

        assertEquals(new Tally("CADRE", "C1", null, 3, 1, List.of("P1", "P2", "P3")), c1.tally(2017));
    }

    @Test
    void shouldCountNothingForCancelledRecords() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                performance("P1", 2017, 1, "I1"), record("P2", "PERFORMANCE", 2017, 2, "I1", "CANCELLED"),
                record("T1", "PROBLEM_TRACE", 2017, 3, "I1", "CANCELLED")));

        assertEquals(new Tally("CADRE", "C1", null, 1, 0, List.of("P1")), c1.tally(2017));
    }

    @Test
    void shouldNotCountTheFourthQuarterOfThePreviousYear() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                performance("P16", 2016, 4, "I1"), trace("T16", 2016, 4, "I2"), performance("P17", 2017, 1, "I1")));

        assertEquals(new Tally("CADRE", "C1", null, 1, 0, List.of("P17")), c1.tally(2017));
    }

    @Test
    void shouldGiveZeroCountsToASubjectWithoutRecords() {
        Subject unit = Subject.of(Subject.UNIT, "S1", "STATIONED");

        assertEquals(new Tally("UNIT", "S1", "STATIONED", 0, 0, List.of()), new SubjectRecords(unit, List.of()).tally(2017));
    }

    @Test
    void shouldSortThePerformanceIdsWhateverTheOrderOfTheRecords() {
        SubjectRecords c1 = new SubjectRecords(C1, List.of(
                performance("P-b", 2017, 3, "I1"), performance("P-c", 2017, 1, "I1"), performance("P-a", 2017, 2, "I1")));

        assertEquals(List.of("P-a", "P-b", "P-c"), c1.tally(2017).performanceIds());
    }

    static ArchiveRecord performance(String id, int year, int quarter, String indicator) {
        return record(id, ArchiveRecord.PERFORMANCE, year, quarter, indicator, ArchiveRecord.ACTIVE);
    }

    static ArchiveRecord trace(String id, int year, int quarter, String indicator) {
        return record(id, ArchiveRecord.PROBLEM_TRACE, year, quarter, indicator, ArchiveRecord.ACTIVE);
    }

    static ArchiveRecord record(String id, String type, int year, int quarter, String indicator, String status) {
        return ArchiveRecord.of(id, Subject.CADRE, "C1", type, year, quarter, "追赶超越", indicator, status);
    }
}
