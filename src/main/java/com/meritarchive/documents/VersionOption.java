package com.meritarchive.documents;

import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.web.BeijingTime;
import com.meritarchive.web.UploaderName;

/** A version offered on the documents page, as the simulation page shows its versions. */
record VersionOption(String id, String createdAt, String createdBy, boolean active) {

    static VersionOption of(RuleSetVersion version) {
        return new VersionOption(version.id(), BeijingTime.format(version.createdAt()), UploaderName.of(version.createdBy()),
                version.active());
    }
}
