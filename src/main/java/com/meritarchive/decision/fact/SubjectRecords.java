package com.meritarchive.decision.fact;

import java.util.ArrayList;
import java.util.List;

/**
 * A subject with all of its records, as one fact. The rules derive counts and runs from this
 * list instead of joining every record with every subject, which keeps a province's year-end
 * decision (200,000 cadres, 150,000 records) within a second or two and a gigabyte of heap.
 */
public record SubjectRecords(Subject subject, List<ArchiveRecord> records) {

    public SubjectRecords {
        records = List.copyOf(records);
    }

    /**
     * The subject's ACTIVE records of {@code year} counted by type, for A1, A2 and rows like them
     * (POLICY.md: counts are of records, not quarters; a cancelled record counts for nothing).
     * Zero counts when there are none, so that every subject has a tally.
     */
    public Tally tally(int year) {
        List<String> performance = new ArrayList<>();
        List<String> traces = new ArrayList<>();
        for (ArchiveRecord record : records) {
            if (record.year() == year && record.active()) {
                if (ArchiveRecord.PERFORMANCE.equals(record.type())) {
                    performance.add(record.id());
                } else if (ArchiveRecord.PROBLEM_TRACE.equals(record.type())) {
                    traces.add(record.id());
                }
            }
        }
        return Tally.of(subject, performance, traces);
    }

    /**
     * The maximal runs of consecutive quarters in {@code window} that end at or after its
     * {@code endFrom}, each citing every record of the run (A3-A5, U1, U2).
     */
    public List<Run> runs(Window window) {
        return Runs.maximal(this, window);
    }

    /**
     * The runs of the last 1, 2, ... quarters of {@code window}, as far back as each quarter has a
     * record, each citing only its own quarters' records (Q4-Q7: POLICY.md "Quarterly evidence").
     */
    public List<Run> trailingRuns(Window window) {
        return Runs.trailing(this, window);
    }

    /**
     * W1-W6: the runs of the last 1, 2, ... quarters of {@code window}, foreseen: for {@code NEXT},
     * as if every stream with a record in the quarter before the window's last one had one more
     * in that last quarter (the next quarter), citing only the records made.
     */
    public List<Run> trailingRuns(Window window, Outlook outlook) {
        return Runs.trailing(this, window, outlook);
    }

    /** W4-W6: the maximal runs of {@code window}, foreseen as {@link #trailingRuns(Window, Outlook)}. */
    public List<Run> runs(Window window, Outlook outlook) {
        return Runs.maximal(this, window, outlook);
    }

    /** W4, W5: the year's tally so far, or with one more performance record in the next quarter. */
    public Tally tally(int year, Outlook outlook) {
        return tally(year).foreseen(outlook);
    }
}
