package com.meritarchive.decision.fact;

/**
 * One performance record or problem trace as the rules see it. {@code quarterIndex} numbers
 * calendar quarters without a break across years (2016 Q4 + 1 = 2017 Q1), which is what
 * "consecutive" means in POLICY.md; the stream keys let the rules join a subject's records
 * of one type, or of one type on one indicator, through a single indexed equality.
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
        String status) {

    public static final String PERFORMANCE = "PERFORMANCE";
    public static final String PROBLEM_TRACE = "PROBLEM_TRACE";
    public static final String ACTIVE = "ACTIVE";
    public static final String CANCELLED = "CANCELLED";

    public String subjectKey() {
        return Subject.keyOf(subjectType, subjectId);
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public int quarterIndex() {
        return indexOf(year, quarter);
    }

    /** Key of this subject's records of this type, on any indicator. */
    public String anyIndicatorStream() {
        return subjectKey() + "|" + type;
    }

    /** Key of this subject's records of this type on this record's indicator. */
    public String indicatorStream() {
        return anyIndicatorStream() + "|" + indicator;
    }

    /** The same record, cancelled (Q3): records are immutable facts, so a cancellation replaces one. */
    public ArchiveRecord cancelled() {
        return new ArchiveRecord(id, subjectType, subjectId, type, year, quarter, keyWork, indicator, CANCELLED);
    }

    public static int indexOf(int year, int quarter) {
        return year * 4 + quarter - 1;
    }
}
