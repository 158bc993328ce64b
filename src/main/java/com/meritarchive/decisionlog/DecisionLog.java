package com.meritarchive.decisionlog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where recorded decisions live. One interface, so that the embedded store that needs no setup
 * ({@link SqliteDecisionLog}) and a shared database for several replicas are interchangeable.
 * Every write is durable when the method returns, but one: {@link #complete} of a
 * {@link DecisionKind#recomputable recomputable} decision may be durable only as its request is,
 * where the store can give it back ({@link #unfinished}) to be decided again. Entries may come
 * unsealed ({@link DecisionEntry#sealed}: bodies as received and sent, no request sha256); a store
 * seals them before anything reads them, at once or, off the request's path, once complete.
 */
public interface DecisionLog extends AutoCloseable {

    /** Stores the entry durably (all or nothing), in one step. */
    void append(DecisionEntry entry);

    /**
     * Registers a decision being made: {@code begun}'s id, kind, time, caller, rule set, request (sealed
     * or not) and subjects, so that the request and the subject index (the slow part for a province) are
     * written, durably, while the rules decide. It stays invisible until {@link #complete}; one never
     * completed is removed by {@link #compact} an hour later.
     */
    void begin(DecisionEntry begun);

    /**
     * Completes a decision {@link #begin begun} under {@code done.id()} with {@code done}'s year,
     * quarter, time, rule set and answer; visible when it returns. Durable when it returns too, except
     * for a {@link DecisionKind#recomputable recomputable} kind in a store whose {@link #unfinished}
     * lists what a crash left begun: there the answer may reach the disk with the next synced write,
     * and a decision whose answer a crash lost is listed by {@link #unfinished}, its request and rule
     * set durable since {@link #begin}, to be decided again (the answer is the same bytes).
     */
    void complete(DecisionEntry done);

    /**
     * Forgets a decision {@link #begin begun} that failed (no answer was given): its request and
     * subjects go too. Nothing when {@code id} is complete or unknown.
     */
    void abandon(String id);

    /**
     * Decisions begun before {@code begunBefore} and neither completed nor abandoned, with their
     * requests, oldest first: at start, those whose answer a crash may have lost after it was sent.
     * Empty for a store whose {@link #complete} is always durable when it returns (a decision it lists
     * as begun was never answered).
     */
    List<DecisionEntry> unfinished(Instant begunBefore);

    /** The entry, sealed, with its answer, and its request when {@code withRequest}. */
    Optional<DecisionEntry> find(String id, boolean withRequest);

    /**
     * Entries that match, newest first, without bodies: the query's page, and the first entry of the
     * next page when there is one (at most {@code pageSize + 1}).
     */
    List<DecisionSummary> list(DecisionQuery query);

    /** The deletion entry that removed {@code id}, if any. */
    Optional<DecisionSummary> deletionOf(String id);

    /** Removes {@code id} and appends {@code deletion} in one transaction; false when {@code id} is unknown. */
    boolean delete(String id, DecisionEntry deletion);

    /** Removes every entry decided before {@code cutoff}; returns how many. */
    int deleteDecidedBefore(Instant cutoff);

    /** Housekeeping off the request path: subject rows of deleted decisions, decisions begun and never completed. */
    void compact();

    @Override
    void close();
}
