package com.meritarchive.decision.fact;

/**
 * One performance record or problem trace as the rules see it. {@code quarterIndex} numbers
 * calendar quarters without a break across years (2016 Q4 + 1 = 2017 Q1), which is what
 * "consecutive" means in POLICY.md. The keys let the rules join a subject's records, or its
 * records of one type, or of one type on one indicator, through a single indexed equality;
 * they are computed once here because the engine reads them for every join.
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
        String subjectKey,
        String anyIndicatorStream,
        String indicatorStream) {

    public static final String PERFORMANCE = "PERFORMANCE";
    public static final String PROBLEM_TRACE = "PROBLEM_TRACE";
    public static final String ACTIVE = "ACTIVE";
    public static final String CANCELLED = "CANCELLED";

    public static ArchiveRecord of(String id, String subjectType, String subjectId, String type, int year, int quarter,
            String keyWork, String indicator, String status) {
        String subjectKey = Subject.keyOf(subjectType, subjectId);
        String anyIndicatorStream = subjectKey + "|" + type;
        return new ArchiveRecord(id, subjectType, subjectId, type, year, quarter, keyWork, indicator, status,
                ACTIVE.equals(status), indexOf(year, quarter), subjectKey, anyIndicatorStream,
                anyIndicatorStream + "|" + indicator);
    }

    /** The same record, cancelled (Q3): records are immutable facts, so a cancellation replaces one. */
    public ArchiveRecord cancelled() {
        return of(id, subjectType, subjectId, type, year, quarter, keyWork, indicator, CANCELLED);
    }

    public static int indexOf(int year, int quarter) {
        return year * 4 + quarter - 1;
    }
}
