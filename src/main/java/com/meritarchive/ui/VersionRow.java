package com.meritarchive.ui;

import com.meritarchive.ruleset.RuleSetVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One rule-set version as the pages show it, its time in Beijing time as the staff read clocks. */
record VersionRow(String id, String createdAt, String createdBy, boolean active, List<String> files) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    static VersionRow of(RuleSetVersion version) {
        return new VersionRow(version.id(), TIME.format(version.createdAt()), version.createdBy(), version.active(),
                version.files());
    }
}
