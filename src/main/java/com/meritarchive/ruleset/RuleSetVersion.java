package com.meritarchive.ruleset;

import java.time.Instant;
import java.util.List;

/**
 * A stored rule-set version as CONTRACT.md lists it: immutable and content-addressed (its id is
 * the start of its sha256), with who uploaded it and when, and how it did on its test scenarios.
 * {@code active} is filled when listed.
 */
public record RuleSetVersion(String id, String sha256, Instant createdAt, String createdBy, boolean active,
        List<String> files, ScenarioReport scenarios) {

    RuleSetVersion withActive(boolean isActive) {
        return new RuleSetVersion(id, sha256, createdAt, createdBy, isActive, files, scenarios);
    }
}
