package com.meritarchive.decisionlog;

import java.time.Instant;

/**
 * A decision an earlier process began, of a {@link DecisionKind#recomputable recomputable} kind, whose
 * answer is not in the record ({@link DecisionLog#unfinished}): what it takes to decide it again and
 * {@link #complete} it under its own id and time.
 */
public final class UnfinishedDecision {

    private final DecisionLog log;
    private final DecisionEntry begun;

    UnfinishedDecision(DecisionLog log, DecisionEntry begun) {
        this.log = log;
        this.begun = begun;
    }

    public String id() {
        return begun.id();
    }

    public DecisionKind kind() {
        return begun.kind();
    }

    public Instant begunAt() {
        return begun.decidedAt();
    }

    public String caller() {
        return begun.decidedBy();
    }

    public String ruleSetId() {
        return begun.ruleSetId();
    }

    public String ruleSetSha256() {
        return begun.ruleSetSha256();
    }

    /** The request body as it was received. */
    public byte[] request() {
        return Compression.decompress(begun.requestBody());
    }

    /** Records the answer decided again, at the time the decision was begun. */
    public void complete(Integer year, Integer quarter, byte[] answer) {
        log.complete(new DecisionEntry(begun.id(), begun.kind(), year, quarter, begun.decidedAt(), begun.decidedBy(),
                begun.ruleSetId(), begun.ruleSetSha256(), null, null, Compression.compress(answer), null, null));
    }
}
