package com.meritarchive.decision.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs of consecutive quarters in one subject's records, the derivation behind A3-A5, U1, U2 and
 * Q4-Q7, kept out of DRL so that it is typed and unit-tested. Per POLICY.md a CANCELLED record
 * counts for nothing, "consecutive" means calendar quarters in a row across years, a quarter counts
 * once however many records it holds, and a single quarter is a run of length 1 (run lengths are
 * thresholds like any other). A record belongs to two streams: its type across indicators
 * ({@code ANY}) and its type on its own indicator ({@code SAME}).
 */
final class Runs {

    /** The quarters of one stream in a window, each with the ids of its records, in quarter order. */
    private record Stream(String type, String indicator, TreeMap<Integer, List<String>> quarters) {
    }

    private Runs() {
    }

    /** Every maximal run in the window that ends at or after its {@code endFrom}, citing every record of the run. */
    static List<Run> maximal(SubjectRecords subject, Window window) {
        return maximal(subject, window, null);
    }

    /**
     * As {@link #maximal(SubjectRecords, Window)}, foreseen with {@code outlook}: for {@code NEXT}, every
     * stream with a record in the quarter before the window's last one also has a record in that last
     * quarter (one that cites nothing: it has not been made).
     */
    static List<Run> maximal(SubjectRecords subject, Window window, Outlook outlook) {
        List<Run> runs = new ArrayList<>();
        for (Stream stream : streams(subject, window, outlook)) {
            int start = -1;
            int previous = -1;
            List<String> evidence = new ArrayList<>();
            for (Map.Entry<Integer, List<String>> quarter : stream.quarters().entrySet()) {
                if (start >= 0 && quarter.getKey() != previous + 1) {
                    add(runs, subject, window, stream, start, previous, evidence, outlook);
                    start = -1;
                    evidence = new ArrayList<>();
                }
                if (start < 0) {
                    start = quarter.getKey();
                }
                evidence.addAll(quarter.getValue());
                previous = quarter.getKey();
            }
            if (start >= 0) {
                add(runs, subject, window, stream, start, previous, evidence, outlook);
            }
        }
        return runs;
    }

    /**
     * The runs of the window's last 1, 2, ... quarters, as far back as each of those quarters has a
     * record, each citing only the records of its own quarters: for records in 2016 Q4, 2017 Q1 and
     * Q2 and a window ending in 2017 Q2, the runs 2017Q2, 2017Q1-Q2 and 2016Q4-2017Q2.
     */
    static List<Run> trailing(SubjectRecords subject, Window window) {
        return trailing(subject, window, null);
    }

    /** As {@link #trailing(SubjectRecords, Window)}, foreseen with {@code outlook} (see {@link #maximal(SubjectRecords, Window, Outlook)}). */
    static List<Run> trailing(SubjectRecords subject, Window window, Outlook outlook) {
        List<Run> runs = new ArrayList<>();
        for (Stream stream : streams(subject, window, outlook)) {
            List<String> evidence = new ArrayList<>();
            for (int quarter = window.to(); stream.quarters().containsKey(quarter); quarter--) {
                evidence.addAll(stream.quarters().get(quarter));
                runs.add(run(window, subject, stream, quarter, window.to(), evidence, outlook));
            }
        }
        return runs;
    }

    private static void add(List<Run> runs, SubjectRecords subject, Window window, Stream stream, int start, int end,
            List<String> evidence, Outlook outlook) {
        if (end >= window.endFrom()) {
            runs.add(run(window, subject, stream, start, end, evidence, outlook));
        }
    }

    /** A run; a foreseen one tells its indicator and how many of its quarters are already made. */
    private static Run run(Window window, SubjectRecords subject, Stream stream, int start, int end, List<String> evidence,
            Outlook outlook) {
        int made = end - start + 1 - (outlook != null && outlook.isNext() ? 1 : 0);
        return Run.of(window, subject.subject(), stream.type(), stream.indicator(), start, end, evidence,
                outlook == null ? null : outlook.of(stream.indicator(), made));
    }

    /** The subject's active records inside the window, by stream, in a stable order. */
    private static List<Stream> streams(SubjectRecords subject, Window window, Outlook outlook) {
        Map<String, Stream> streams = new TreeMap<>();
        for (ArchiveRecord record : subject.records()) {
            if (record.active() && window.contains(record.quarterIndex())) {
                add(streams, record, null);
                add(streams, record, record.indicator());
            }
        }
        if (outlook != null && outlook.isNext()) {
            for (Stream stream : streams.values()) {
                if (stream.quarters().containsKey(window.to() - 1)) {
                    stream.quarters().put(window.to(), new ArrayList<>());
                }
            }
        }
        return List.copyOf(streams.values());
    }

    private static void add(Map<String, Stream> streams, ArchiveRecord record, String indicator) {
        String key = record.type() + (indicator == null ? "" : "=" + indicator);
        streams.computeIfAbsent(key, k -> new Stream(record.type(), indicator, new TreeMap<>()))
                .quarters().computeIfAbsent(record.quarterIndex(), q -> new ArrayList<>()).add(record.id());
    }
}
