package com.meritarchive.decision.fact;

import java.util.List;

/**
 * A maximal run of consecutive quarters in which a subject has active records of one type
 * on any indicator ({@code indicatorScope} {@code ANY}) or on one indicator ({@code SAME}),
 * inside one window, ending in the decision year. {@code evidence} holds the ids of every
 * record in the run, sorted.
 */
public record Run(
        String window,
        String subjectType,
        String subjectId,
        String subjectKind,
        String type,
        String indicatorScope,
        String indicator,
        int start,
        int end,
        List<String> evidence) {

    public int length() {
        return end - start + 1;
    }

    public static Run of(Window window, QuarterMark mark, int end, List<String> evidence) {
        return new Run(window.name(), mark.subjectType(), mark.subjectId(), mark.subjectKind(), mark.type(),
                mark.indicator() == null ? "ANY" : "SAME", mark.indicator(), mark.quarter(), end, Sorted.copyOf(evidence));
    }
}
