package com.meritarchive.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.meritarchive.decision.fact.Warning;
import java.util.List;

/** The answer to the quarterly call (CONTRACT.md): proposed records, cancellations, this quarter's outcomes
 * and the early warnings, sorted by subject type, subject id, rule and code. */
public record QuarterlyDecision(int year, int quarter, RuleSetRef ruleSet, List<NewRecord> newRecords,
        List<CancellationView> cancellations, List<SubjectOutcomes> cadres, List<SubjectOutcomes> units, List<Warning> warnings) {

    /** A record the policy makes this quarter: a Record with the clause and the assessment behind it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewRecord(String id, String subjectType, String subjectId, String type, int year, int quarter,
            String keyWork, String indicator, String status, String rule, String assessmentId) {
    }

    /** A problem trace cancelled this quarter (Q3). */
    public record CancellationView(String recordId, String rule, String assessmentId) {
    }
}
