package com.meritarchive.decision.fact;

/**
 * Marks a fact the warning rules derive (POLICY.md "Early warning", W1-W6) so that the same table
 * rows that decide outcomes can be asked what they would decide, without deciding it: {@code SO_FAR}
 * for the decided year as if it ended with the decided quarter, {@code NEXT} for the next quarter
 * with one more record. {@code year} and {@code quarter} are the next quarter's; {@code indicator}
 * and {@code count} describe the fact (the run's indicator, the quarters or records so far) for the
 * warning's sentence. Real records, runs, tallies and outcomes carry none.
 */
public record Outlook(String when, int year, int quarter, String indicator, int count) {

    public static final String SO_FAR = "SO_FAR";
    public static final String NEXT = "NEXT";

    /** The next quarter after {@code decided} (2017 Q4 → 2018 Q1), with one more record. */
    public static Outlook next(DecisionQuarter decided) {
        int index = decided.index() + 1;
        return new Outlook(NEXT, index / 4, index % 4 + 1, null, 0);
    }

    /** The decided year so far, as if it ended with the decided quarter. */
    public static Outlook soFar(DecisionQuarter decided) {
        Outlook next = next(decided);
        return new Outlook(SO_FAR, next.year, next.quarter, null, 0);
    }

    /** The same outlook describing one fact: its indicator (null across indicators) and its count so far. */
    public Outlook of(String factIndicator, int factCount) {
        return new Outlook(when, year, quarter, factIndicator, factCount);
    }

    public boolean isNext() {
        return NEXT.equals(when);
    }

    /** The next quarter's index, as {@link ArchiveRecord#quarterIndex()}. */
    public int index() {
        return ArchiveRecord.indexOf(year, quarter);
    }
}
