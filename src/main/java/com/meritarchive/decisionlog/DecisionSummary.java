package com.meritarchive.decisionlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A recorded decision without its bodies, as the list shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionSummary(String decisionId, DecisionKind kind, Integer year, Integer quarter, Instant decidedAt,
        String decidedBy, RuleSet ruleSet, String requestSha256, String deletedDecisionId) {

    /** The rule set that decided (absent for a deletion). */
    public record RuleSet(String id, String sha256) {
    }
}
