package com.meritarchive.publishing;

import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.scenario.ScenarioReport;
import java.time.Instant;
import java.util.List;

/**
 * A rule-set version as the API lists it (CONTRACT.md "GET /api/v1/rulesets"): the stored
 * version, whether it is active, and how it did on its test scenarios (null for a version stored
 * before scenarios were kept).
 */
public record PublishedVersion(String id, String sha256, Instant createdAt, String createdBy, boolean active,
        List<String> files, ScenarioReport scenarios) {

    static PublishedVersion of(RuleSetVersion version, ScenarioReport scenarios) {
        return new PublishedVersion(version.id(), version.sha256(), version.createdAt(), version.createdBy(),
                version.active(), version.files(), scenarios);
    }
}
