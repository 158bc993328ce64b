package com.meritarchive.decisionlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/** {@code GET /api/v1/decisions/{id}}: the recorded decision with its answer exactly as it was sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecordedDecision(String decisionId, DecisionKind kind, Integer year, Integer quarter, Instant decidedAt,
        String decidedBy, DecisionSummary.RuleSet ruleSet, String requestSha256, String deletedDecisionId,
        @JsonRawValue String answer) {
}
