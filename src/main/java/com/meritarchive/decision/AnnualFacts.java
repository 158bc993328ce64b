package com.meritarchive.decision;

import com.meritarchive.request.AnnualRequest;
import java.util.Collections;
import java.util.List;

/**
 * A year-end request's facts, built once: every subject with its records ({@code SubjectRecords}), but
 * one of each kind of those without ({@link RecordlessSubjects}).
 * They are immutable records that no rule changes (a rule deletes only facts its session made), so
 * two rule sets can decide the same instances, as a simulation's two sides do, instead of each
 * grouping 150,000 records again.
 */
public final class AnnualFacts {

    private final AnnualRequest request;
    private final List<Object> subjects;
    private final RecordlessSubjects recordless;

    AnnualFacts(AnnualRequest request, List<Object> subjects, RecordlessSubjects recordless) {
        this.request = request;
        this.subjects = Collections.unmodifiableList(subjects);
        this.recordless = recordless;
    }

    AnnualRequest request() {
        return request;
    }

    List<Object> subjects() {
        return subjects;
    }

    /** The record-less subjects decided alike, whose outcomes the decided ones' give. */
    RecordlessSubjects recordless() {
        return recordless;
    }
}
