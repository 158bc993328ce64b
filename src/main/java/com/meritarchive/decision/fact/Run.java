package com.meritarchive.decision.fact;

import java.util.List;

/**
 * A maximal run of consecutive quarters in which a subject has active records of one type
 * on any indicator ({@code indicatorScope} {@code ANY}) or on one indicator ({@code SAME}),
 * inside one window, ending in the decision year. {@code evidence} holds the ids of every
 * record in the run, sorted. A run the warning rules foresee carries an {@link Outlook} (null
 * for a run of the records as they are).
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
        List<String> evidence,
        Outlook outlook) {

    public Run(String window, String subjectType, String subjectId, String subjectKind, String type, String indicatorScope,
            String indicator, int start, int end, List<String> evidence) {
        this(window, subjectType, subjectId, subjectKind, type, indicatorScope, indicator, start, end, evidence, null);
    }

    public int length() {
        return end - start + 1;
    }

    /** A run of {@code subject}'s records of {@code type}; {@code indicator} null for a run across indicators. */
    public static Run of(Window window, Subject subject, String type, String indicator, int start, int end,
            List<String> evidence) {
        return of(window, subject, type, indicator, start, end, evidence, null);
    }

    /** As {@link #of(Window, Subject, String, String, int, int, List)}, foreseen with {@code outlook} (null: none). */
    public static Run of(Window window, Subject subject, String type, String indicator, int start, int end,
            List<String> evidence, Outlook outlook) {
        return new Run(window.name(), subject.type(), subject.id(), subject.kind(), type, indicator == null ? "ANY" : "SAME",
                indicator, start, end, Sorted.copyOf(evidence), outlook);
    }
}
