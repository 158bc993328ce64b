package com.meritarchive.decisionlog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * One recorded decision as the store keeps it: the request and answer compressed ({@link Compression}), the
 * subjects it concerns (for the {@code subjectId} filter) and, for a deletion, the id it deleted.
 *
 * @param year null for a step-down
 * @param quarter null unless quarterly
 * @param refersTo the deleted decision's id (kind DELETION), else null
 */
public record DecisionEntry(String id, DecisionKind kind, Integer year, Integer quarter, Instant decidedAt,
        String decidedBy, String ruleSetId, String ruleSetSha256, String requestSha256, byte[] requestZstd,
        byte[] answerZstd, Collection<String> subjectIds, String refersTo) {

    public DecisionEntry {
        subjectIds = subjectIds == null ? List.of() : subjectIds;
    }
}
