package com.meritarchive.decision.fact;

import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.Vocabulary;

/**
 * One performance record or problem trace as the rules see it. {@code quarterIndex} numbers
 * calendar quarters without a break across years (2016 Q4 + 1 = 2017 Q1), which is what
 * "consecutive" means in POLICY.md. {@code subjectKey} joins a record to its subject through one
 * indexed equality; it is computed once here because the engine reads it for every join.
 */
public record ArchiveRecord(
        String id,
        String subjectType,
        String subjectId,
        String type,
        int year,
        int quarter,
        String keyWork,
        String indicator,
        String status,
        boolean active,
        int quarterIndex,
        String subjectKey) {

    public static final String PERFORMANCE = Vocabulary.PERFORMANCE;
    public static final String PROBLEM_TRACE = Vocabulary.PROBLEM_TRACE;
    public static final String ACTIVE = Vocabulary.ACTIVE;
    public static final String CANCELLED = Vocabulary.CANCELLED;

    public static ArchiveRecord of(String id, String subjectType, String subjectId, String type, int year, int quarter,
            String keyWork, String indicator, String status) {
        return of(id, subjectType, subjectId, type, year, quarter, keyWork, indicator, status,
                SubjectRef.keyOf(subjectType, subjectId));
    }

    /**
     * As {@link #of(String, String, String, String, int, int, String, String, String)}, with the
     * subject's key already made ({@code SubjectRef.keyOf(subjectType, subjectId)}): a subject's
     * records and its {@link Subject} then share one string instead of keeping one each alive.
     */
    public static ArchiveRecord of(String id, String subjectType, String subjectId, String type, int year, int quarter,
            String keyWork, String indicator, String status, String subjectKey) {
        return new ArchiveRecord(id, subjectType, subjectId, type, year, quarter, keyWork, indicator, status,
                ACTIVE.equals(status), indexOf(year, quarter), subjectKey);
    }

    /** The same record, cancelled (Q3): records are immutable facts, so a cancellation replaces one. */
    public ArchiveRecord cancelled() {
        return of(id, subjectType, subjectId, type, year, quarter, keyWork, indicator, CANCELLED);
    }

    public static int indexOf(int year, int quarter) {
        return year * 4 + quarter - 1;
    }
}
