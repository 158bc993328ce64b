package com.meritarchive.decisionlog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A decision being made: its id (for the answer's {@code decisionId}) is known before the answer
 * is; {@link #record} stores request and answer durably, and only then may the answer be sent.
 */
public final class PendingDecision {

    static final PendingDecision NOT_RECORDED = new PendingDecision(null, null, null, null, null, false, null);

    private final DecisionLog log;
    private final String id;
    private final DecisionKind kind;
    private final String caller;
    private final CompletableFuture<Void> begun;
    private final boolean sealLater;
    private final DecisionEntry notBegun;

    /** @param sealLater the answer goes to the store as sent, to be compressed with the request after it is sent */
    PendingDecision(DecisionLog log, String id, DecisionKind kind, String caller,
            CompletableFuture<Void> begun, boolean sealLater) {
        this(log, id, kind, caller, begun, sealLater, null);
    }

    private PendingDecision(DecisionLog log, String id, DecisionKind kind, String caller,
            CompletableFuture<Void> begun, boolean sealLater, DecisionEntry notBegun) {
        this.log = log;
        this.id = id;
        this.kind = kind;
        this.caller = caller;
        this.begun = begun;
        this.sealLater = sealLater;
        this.notBegun = notBegun;
    }

    /**
     * A decision nothing is stored of until {@link #record}, which appends request and answer in one
     * synced write: for a request whose rules decide faster than a sync.
     *
     * @param request the entry as {@link DecisionLog#begin} would take it: id, kind, time, caller, rule set,
     *     request and subjects
     */
    static PendingDecision atOnce(DecisionLog log, DecisionEntry request) {
        return new PendingDecision(log, request.id(), request.kind(), request.decidedBy(), null, false, request);
    }

    /** The id the answer carries as {@code decisionId}; null when recording is off. */
    public String id() {
        return id;
    }

    /**
     * Records the decision; durable when this returns, or for a {@link DecisionKind#recomputable
     * recomputable} kind, as durable as its request and rule set, from which it is decided again
     * should a crash lose the answer ({@link DecisionLog#complete}).
     *
     * @param year the decided year, null for a step-down
     * @param quarter the decided quarter, null unless quarterly
     * @param answer the answer's bytes exactly as they will be sent, {@code decisionId} included: JSON
     *     (UTF-8), since {@code GET /api/v1/decisions/{id}} embeds it; an answer sent as a zip records
     *     the JSON it was made from
     */
    public void record(Integer year, Integer quarter, String ruleSetId, String ruleSetSha256, byte[] answer) {
        if (log == null) {
            return;
        }
        if (notBegun != null) {
            log.append(new DecisionEntry(id, kind, year, quarter, Instant.now().truncatedTo(ChronoUnit.MILLIS), caller,
                    ruleSetId, ruleSetSha256, null, notBegun.requestBody(), answer, notBegun.subjectIds(), null));
            return;
        }
        byte[] stored = sealLater ? answer : Compression.compress(answer);
        awaitBegun();
        log.complete(new DecisionEntry(id, kind, year, quarter, Instant.now().truncatedTo(ChronoUnit.MILLIS), caller,
                ruleSetId, ruleSetSha256, null, null, stored, null, null));
    }

    /**
     * Forgets the decision: it failed and nothing was answered. Waits for its beginning, so that what
     * that wrote goes too; a failure to forget is left to {@link DecisionLog#compact}.
     */
    public void abandon() {
        if (log == null || notBegun != null) {
            return;
        }
        try {
            awaitBegun();
            log.abandon(id);
        } catch (DecisionLogException e) {
            // nothing was begun, or compaction removes it within the hour
        }
    }

    private void awaitBegun() {
        try {
            begun.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionLogException("write", "Interrupted while recording decision " + id, e);
        } catch (ExecutionException e) {
            throw new DecisionLogException("write", "Cannot record the request of decision " + id, e.getCause());
        }
    }
}
