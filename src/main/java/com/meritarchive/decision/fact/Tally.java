package com.meritarchive.decision.fact;

import java.util.List;

/**
 * A subject's active records of the decision year, counted by type (A1, A2 and rows like them). A
 * tally the warning rules foresee carries an {@link Outlook} (null for the records as they are).
 */
public record Tally(
        String subjectType,
        String subjectId,
        String subjectKind,
        int performanceCount,
        int traceCount,
        List<String> performanceIds,
        Outlook outlook) {

    public Tally(String subjectType, String subjectId, String subjectKind, int performanceCount, int traceCount,
            List<String> performanceIds) {
        this(subjectType, subjectId, subjectKind, performanceCount, traceCount, performanceIds, null);
    }

    /** The year so far ({@code SO_FAR}) as this tally, or with one more performance record ({@code NEXT}, W4, W5). */
    public Tally foreseen(Outlook foresight) {
        int more = foresight.isNext() ? 1 : 0;
        return new Tally(subjectType, subjectId, subjectKind, performanceCount + more, traceCount, performanceIds,
                foresight.of(null, performanceCount));
    }

    public static Tally of(Subject subject, List<String> performanceIds, List<String> traceIds) {
        return new Tally(subject.type(), subject.id(), subject.kind(), performanceIds.size(), traceIds.size(),
                Sorted.copyOf(performanceIds));
    }
}
