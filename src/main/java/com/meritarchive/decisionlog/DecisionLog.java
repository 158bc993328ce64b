package com.meritarchive.decisionlog;

import java.time.Instant;
import java.util.Collection;
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
     * Registers a decision being made, with the subjects it concerns, so that the subject index
     * (the slow part for a province) is written while the rules decide; it stays invisible until
     * {@link #complete}, and one never completed is removed by {@link #compact}.
     */
    void begin(String id, DecisionKind kind, String decidedBy, Collection<String> subjectIds);

    /** Completes a decision {@link #begin begun} under {@code entry.id()} (its subjects are those given then); durable when it returns. */
    void complete(DecisionEntry entry);

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
