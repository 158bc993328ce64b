package com.meritarchive.ruleset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A stored rule-set version: immutable and content-addressed (its id is the start of its
 * sha256), with who uploaded it and when. {@code active} is filled when listed. What the layers
 * above note about a version (publishing: its scenario report) is kept beside these fields in
 * {@code version.json}, read with {@link RuleSetStore#annotation}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuleSetVersion(String id, String sha256, Instant createdAt, String createdBy, boolean active,
        List<String> files) {

    public RuleSetVersion withActive(boolean isActive) {
        return new RuleSetVersion(id, sha256, createdAt, createdBy, isActive, files);
    }
}
