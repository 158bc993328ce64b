package com.meritarchive.decision.fact;

import java.util.List;

/** A subject's active records of the decision year, counted by type (A1, A2 and rows like them). */
public record Tally(
        String subjectType,
        String subjectId,
        String subjectKind,
        int performanceCount,
        int traceCount,
        List<String> performanceIds) {

    public static Tally of(Subject subject, List<String> performanceIds, List<String> traceIds) {
        return new Tally(subject.type(), subject.id(), subject.kind(), performanceIds.size(), traceIds.size(),
                Sorted.copyOf(performanceIds));
    }
}
