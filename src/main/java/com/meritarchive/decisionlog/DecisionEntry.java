package com.meritarchive.decisionlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * One recorded decision as the store keeps it: the request and answer compressed ({@link Compression}), the
 * subjects it concerns (for the {@code subjectId} filter) and, for a deletion, the id it deleted. A
 * county-sized decision reaches the store unsealed: request and answer as received and sent, without
 * the request's sha256, so that hashing and compressing them wait until the answer is sent (see
 * {@link DecisionRecorder}); the store seals it ({@link #sealed}) before anyone reads it.
 *
 * @param year null for a step-down
 * @param quarter null unless quarterly
 * @param refersTo the deleted decision's id (kind DELETION), else null
 */
public record DecisionEntry(String id, DecisionKind kind, Integer year, Integer quarter, Instant decidedAt,
        String decidedBy, String ruleSetId, String ruleSetSha256, String requestSha256, byte[] requestBody,
        byte[] answerBody, Collection<String> subjectIds, String refersTo) {

    public DecisionEntry {
        subjectIds = subjectIds == null ? List.of() : subjectIds;
    }

    /** Whether the request's sha256 is known and both bodies are compressed (or absent). */
    public boolean isSealed() {
        return (requestBody == null || requestSha256 != null && Compression.isCompressed(requestBody))
                && (answerBody == null || Compression.isCompressed(answerBody));
    }

    /** This entry with the request's sha256 and both bodies compressed. */
    public DecisionEntry sealed() {
        if (isSealed()) {
            return this;
        }
        String sha = requestSha256 == null && requestBody != null ? sha256(Compression.decompress(requestBody))
                : requestSha256;
        return new DecisionEntry(id, kind, year, quarter, decidedAt, decidedBy, ruleSetId, ruleSetSha256, sha,
                Compression.compressed(requestBody), Compression.compressed(answerBody), subjectIds, refersTo);
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
