package com.meritarchive.ruleset;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where rule-set versions, every publication and the active pointer are kept: files under the data
 * dir ({@link FileRuleSetStore}, one process) or PostgreSQL ({@link PostgresRuleSetStore}, several
 * replicas). Versions are immutable and keyed by the sha256 of their files: storing the same files
 * again returns the stored version. The pointer moves only over the state a publisher checked: its
 * {@link #generation} counts publications, and {@link #markActive} with a stale one changes nothing.
 */
public interface RuleSetStore {

    /** A version {@link #store} returns: {@code created} when it was stored now, not found already there. */
    record Saved(RuleSetVersion version, boolean created) {
    }

    /** One activation. {@code publishedBy} is null for activations recorded before it was kept. */
    record Publication(String id, String sha256, Instant publishedAt, String publishedBy) {
    }

    /**
     * Stores the files as a version with {@code annotations} (such as the scenario report publishing
     * attaches), all or nothing, or returns the version that already holds exactly these files.
     */
    Saved store(RuleSetFiles files, String createdBy, Map<String, ?> annotations);

    /** As {@link #store}, for callers that do not need to know whether the version is new. */
    default RuleSetVersion save(RuleSetFiles files, String createdBy, Map<String, ?> annotations) {
        return store(files, createdBy, annotations).version();
    }

    /**
     * Makes {@code version} the active one and records the publication, in one step, provided no
     * publication happened since {@link #generation} returned {@code generation}.
     *
     * @throws ConcurrentPublicationException when another publication came first; nothing changed
     */
    void markActive(RuleSetVersion version, long generation, String publishedBy);

    /** How many publications there have been: what {@link #markActive} expects to see unchanged. */
    long generation();

    /** Every activation, oldest first. */
    List<Publication> publications();

    /** Whether the version with this sha256 has been active at some time. */
    default boolean wasPublished(String sha256) {
        return publications().stream().anyMatch(publication -> publication.sha256().equals(sha256));
    }

    /** The sha256 of the active version; empty before the first publication. */
    Optional<String> activeSha256();

    /** The active version; empty before the first publication. */
    Optional<RuleSetVersion> active();

    /** Reads what start needs, so that a damaged store stops the start naming what is damaged. */
    void verify();

    /** All versions, newest first. */
    List<RuleSetVersion> list();

    /** The version whose id (or full sha256) is {@code id}. */
    Optional<RuleSetVersion> find(String id);

    /** The stored files of a version, byte for byte, checked against its sha256. */
    RuleSetFiles files(RuleSetVersion version);

    /** An annotation stored with the version, if it has one. */
    <T> Optional<T> annotation(RuleSetVersion version, String name, Class<T> type);
}
