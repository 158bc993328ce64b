package com.meritarchive.decisionlog;

/**
 * A list filter, every part optional (null), and the page wanted (1-based).
 */
public record DecisionQuery(DecisionKind kind, Integer year, Integer quarter, String subjectId, int page, int pageSize) {
}
