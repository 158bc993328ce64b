package com.meritarchive.simulation;

import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.web.BeijingTime;
import com.meritarchive.web.UploaderName;

/** A version offered as the candidate or the baseline on the simulation page. */
record VersionChoice(String id, String createdAt, String createdBy, boolean active) {

    static VersionChoice of(RuleSetVersion version) {
        return new VersionChoice(version.id(), BeijingTime.format(version.createdAt()), UploaderName.of(version.createdBy()), version.active());
    }
}
