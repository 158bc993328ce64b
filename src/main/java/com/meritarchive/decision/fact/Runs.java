package com.meritarchive.decision.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Runs of consecutive quarters in one subject's records, the derivation behind A3-A5, U1, U2 and
 * Q4-Q7, kept out of DRL so that it is typed and unit-tested. Per POLICY.md a CANCELLED record
 * counts for nothing, "consecutive" means calendar quarters in a row across years, a quarter counts
 * once however many records it holds, and a single quarter is a run of length 1 (run lengths are
 * thresholds like any other). A record belongs to two streams: its type across indicators
 * ({@code ANY}) and its type on its own indicator ({@code SAME}).
 *
 * <p>A subject's records in a window are laid out once as one sorted array of entries, a record
 * appearing once per stream, by stream and then by quarter; the runs are read off it in one pass.
 * Most subjects hold one to three records, and a province derives runs for 150,000 of them per
 * window and side of a simulation: maps keyed by strings and a tree per stream were 22 % of the
 * samples of a province's rules (JFR), 9.6 % read off the array.
 */
final class Runs {

    /** A record in one of its streams: {@code indicator} null across indicators, else its own. */
    private record Entry(ArchiveRecord record, String indicator) {

        int quarter() {
            return record.quarterIndex();
        }

        boolean sameStream(Entry other) {
            return record.type().equals(other.record.type()) && Objects.equals(indicator, other.indicator);
        }
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
        Entry[] entries = entries(subject, window);
        List<Run> runs = new ArrayList<>();
        for (int first = 0, end; first < entries.length; first = end) {
            end = streamEnd(entries, first);
            boolean foreseen = foreseen(entries, first, end, window, outlook);
            List<String> evidence = new ArrayList<>();
            int start = -1;
            int previous = -1;
            for (int i = first; i < end; i++) {
                int quarter = entries[i].quarter();
                if (foreseen && quarter == window.to()) {
                    continue; // the foreseen quarter stands in for what the stream holds there
                }
                if (start >= 0 && quarter != previous && quarter != previous + 1) {
                    add(runs, subject, window, entries[first], start, previous, evidence, outlook);
                    start = -1;
                    evidence = new ArrayList<>();
                }
                if (start < 0) {
                    start = quarter;
                }
                evidence.add(entries[i].record().id());
                previous = quarter;
            }
            if (foreseen) {
                previous = window.to(); // the stream holds the quarter before it, so the run goes on
            }
            add(runs, subject, window, entries[first], start, previous, evidence, outlook);
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
        Entry[] entries = entries(subject, window);
        List<Run> runs = new ArrayList<>();
        for (int first = 0, end; first < entries.length; first = end) {
            end = streamEnd(entries, first);
            List<String> evidence = new ArrayList<>();
            int i = end - 1;
            int quarter = window.to();
            if (foreseen(entries, first, end, window, outlook)) {
                while (i >= first && entries[i].quarter() == quarter) {
                    i--; // the foreseen quarter stands in for what the stream holds there
                }
                runs.add(run(window, subject, entries[first], quarter, window.to(), evidence, outlook));
                quarter--;
            }
            for (; i >= first && entries[i].quarter() == quarter; quarter--) {
                for (; i >= first && entries[i].quarter() == quarter; i--) {
                    evidence.add(entries[i].record().id());
                }
                runs.add(run(window, subject, entries[first], quarter, window.to(), evidence, outlook));
            }
        }
        return runs;
    }

    private static void add(List<Run> runs, SubjectRecords subject, Window window, Entry stream, int start, int end,
            List<String> evidence, Outlook outlook) {
        if (start >= 0 && end >= window.endFrom()) {
            runs.add(run(window, subject, stream, start, end, evidence, outlook));
        }
    }

    /** A run; a foreseen one tells its indicator and how many of its quarters are already made. */
    private static Run run(Window window, SubjectRecords subject, Entry stream, int start, int end, List<String> evidence,
            Outlook outlook) {
        int made = end - start + 1 - (outlook != null && outlook.isNext() ? 1 : 0);
        return Run.of(window, subject.subject(), stream.record().type(), stream.indicator(), start, end, evidence,
                outlook == null ? null : outlook.of(stream.indicator(), made));
    }

    /** Whether the stream {@code entries[first..end)} gets a foreseen last quarter: {@code NEXT}, and a record the quarter before. */
    private static boolean foreseen(Entry[] entries, int first, int end, Window window, Outlook outlook) {
        if (outlook == null || !outlook.isNext()) {
            return false;
        }
        for (int i = first; i < end; i++) {
            if (entries[i].quarter() == window.to() - 1) {
                return true;
            }
        }
        return false;
    }

    /** The index after the last entry of the stream that starts at {@code first}. */
    private static int streamEnd(Entry[] entries, int first) {
        int end = first + 1;
        while (end < entries.length && entries[end].sameStream(entries[first])) {
            end++;
        }
        return end;
    }

    /** The subject's active records inside the window, twice each (across indicators, on their own), by stream and quarter. */
    private static Entry[] entries(SubjectRecords subject, Window window) {
        List<ArchiveRecord> records = subject.records();
        int inside = 0;
        for (ArchiveRecord record : records) {
            if (record.active() && window.contains(record.quarterIndex())) {
                inside++;
            }
        }
        Entry[] entries = new Entry[2 * inside];
        int next = 0;
        for (ArchiveRecord record : records) {
            if (record.active() && window.contains(record.quarterIndex())) {
                entries[next++] = new Entry(record, null);
                entries[next++] = new Entry(record, record.indicator());
            }
        }
        if (entries.length > 2) {
            Arrays.sort(entries, Runs::compare);
        } else if (entries.length == 2 && compare(entries[0], entries[1]) > 0) {
            Entry first = entries[0];
            entries[0] = entries[1];
            entries[1] = first;
        }
        return entries;
    }

    /**
     * Streams in the order of their keys {@code TYPE} and {@code TYPE=INDICATOR} as strings (the order
     * the runs have always been listed in), then quarters in order.
     */
    private static int compare(Entry a, Entry b) {
        int byStream = compareKeys(a.record().type(), a.indicator(), b.record().type(), b.indicator());
        return byStream != 0 ? byStream : Integer.compare(a.quarter(), b.quarter());
    }

    /** Compares the keys {@code type} or {@code type=indicator} as strings would, without making them. */
    private static int compareKeys(String typeA, String indicatorA, String typeB, String indicatorB) {
        if (typeA.equals(typeB)) { // the common case: the type is a prefix of both keys
            return indicatorA == null || indicatorB == null ? (indicatorA == null ? 0 : 1) - (indicatorB == null ? 0 : 1)
                    : indicatorA.compareTo(indicatorB);
        }
        int lengthA = keyLength(typeA, indicatorA);
        int lengthB = keyLength(typeB, indicatorB);
        for (int i = 0, shorter = Math.min(lengthA, lengthB); i < shorter; i++) {
            char a = keyChar(typeA, indicatorA, i);
            char b = keyChar(typeB, indicatorB, i);
            if (a != b) {
                return a - b;
            }
        }
        return lengthA - lengthB;
    }

    private static int keyLength(String type, String indicator) {
        return type.length() + (indicator == null ? 0 : 1 + indicator.length());
    }

    private static char keyChar(String type, String indicator, int i) {
        return i < type.length() ? type.charAt(i) : i == type.length() ? '=' : indicator.charAt(i - type.length() - 1);
    }
}
