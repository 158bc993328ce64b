package com.meritarchive.decision.fact;

/** What a quarterly table row decided about an assessment: records of {@code type} for its people (Q1, Q2). */
public record IndicatorVerdict(String assessmentId, String type, String rule) {

    public IndicatorVerdict {
        rule = Clause.of(rule);
    }
}
