package com.meritarchive.decision.fact;

/**
 * A span of quarter indexes the rules look at for consecutive runs, derived in DRL from the
 * decided year or quarter: {@code SPAN} (Q4 of the year before through Q4), {@code YEAR} (Q1-Q4)
 * or {@code QUARTER} (Q4 of the year before through the decided quarter). A run counts only if it
 * ends at or after {@code endFrom} (POLICY.md: "must end in year Y").
 */
public record Window(String name, int from, int to, int endFrom) {

    /** Whether a record of quarter {@code quarterIndex} is inside the window. */
    public boolean contains(int quarterIndex) {
        return quarterIndex >= from && quarterIndex <= to;
    }
}
