package com.meritarchive.decisionlog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where recorded decisions live. One interface, so that the embedded store that needs no setup
 * ({@link SqliteDecisionLog}) and a shared database for several replicas are interchangeable.
 * Every write is durable when the method returns.
 */
public interface DecisionLog extends AutoCloseable {

    /** Stores the entry durably (all or nothing), in one step. */
    void append(DecisionEntry entry);

    /**
     * Registers a decision being made: {@code begun}'s id, kind, caller, request (sha256 and compressed)
     * and subjects, so that the request and the subject index (the slow part for a province) are
     * written, durably, while the rules decide. It stays invisible until {@link #complete}; one never
     * completed is removed by {@link #compact}.
     */
    void begin(DecisionEntry begun);

    /**
     * Completes a decision {@link #begin begun} under {@code done.id()} with {@code done}'s year,
     * quarter, time, rule set and answer; durable when it returns.
     */
    void complete(DecisionEntry done);

    /** The entry with its compressed answer, and its request when {@code withRequest}. */
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
