package com.meritarchive.explanation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code GET /api/v1/decisions/{id}/subjects/{subjectId}}: one subject's outcomes in a recorded
 * decision, each with its clause as the table states it and its records in full, and the outcomes
 * the decided year's tables offer the subject that it did not get, each with its reason.
 *
 * @param quarter null unless quarterly
 * @param unit a cadre's unit; null for a unit
 * @param unitKind a unit's kind; null for a cadre
 * @param newRecords quarterly only: the records the quarter made for the subject
 * @param cancellations quarterly only: the subject's records the quarter cancelled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Explanation(String decisionId, String kind, int year, Integer quarter, RuleSet ruleSet, String subjectType,
        String subjectId, String name, Unit unit, String unitKind, List<ExplainedOutcome> outcomes, List<NotGiven> notGiven,
        List<EvidenceRecord> newRecords, List<Cancelled> cancellations) {

    public record RuleSet(String id, String sha256) {
    }

    public record Unit(String id, String name) {
    }

    /** An outcome the subject got: its Chinese label, clause, the clause's text in the table, and its records. */
    public record ExplainedOutcome(String code, String label, String rule, String clause, List<EvidenceRecord> evidence) {
    }

    /** An outcome the year's tables offer the subject that it did not get, and why in one Chinese sentence. */
    public record NotGiven(String code, String label, String rule, String clause, String reason) {
    }

    /** A record in full, as it stood after the decision (a quarter's cancellation makes it CANCELLED). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceRecord(String id, String type, int year, int quarter, String keyWork, String indicator,
            String status, String rule) {
    }

    /** A record of the subject the quarter cancelled, the clause and the ranking that did it. */
    public record Cancelled(String recordId, String rule, String assessmentId) {
    }
}
