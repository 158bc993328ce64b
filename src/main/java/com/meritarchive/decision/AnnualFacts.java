package com.meritarchive.decision;

import com.meritarchive.request.AnnualRequest;
import java.util.Collections;
import java.util.List;

/**
 * A year-end request's facts, built once: every subject with its records ({@code SubjectRecords}).
 * They are immutable records that no rule changes (a rule deletes only facts its session made), so
 * two rule sets can decide the same instances, as a simulation's two sides do, instead of each
 * grouping 150,000 records again.
 */
public final class AnnualFacts {

    private final AnnualRequest request;
    private final List<Object> subjects;

    AnnualFacts(AnnualRequest request, List<Object> subjects) {
        this.request = request;
        this.subjects = Collections.unmodifiableList(subjects);
    }

    AnnualRequest request() {
        return request;
    }

    List<Object> subjects() {
        return subjects;
    }
}
