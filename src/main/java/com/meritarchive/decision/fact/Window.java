package com.meritarchive.decision.fact;

/**
 * A span of quarter indexes the rules look at for consecutive runs, derived in DRL from the
 * decision year: {@code SPAN} (Q4 of the year before through Q4) or {@code YEAR} (Q1-Q4).
 * A run counts only if it ends at or after {@code endFrom} (POLICY.md: "must end in year Y").
 */
public record Window(String name, int from, int to, int endFrom) {
}
