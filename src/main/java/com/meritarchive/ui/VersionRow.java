package com.meritarchive.ui;

import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.ruleset.ScenarioReport;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One rule-set version as the pages show it: its time in Beijing time as the staff read clocks,
 * and its test scenarios' results with each failure located in Chinese.
 */
record VersionRow(String id, String createdAt, String createdBy, boolean active, List<String> files,
        ScenarioReport scenarios, List<String> scenarioFailures) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    static VersionRow of(RuleSetVersion version) {
        ScenarioReport scenarios = version.scenarios() == null ? ScenarioReport.NONE : version.scenarios();
        return new VersionRow(version.id(), TIME.format(version.createdAt()), version.createdBy(), version.active(),
                version.files(), scenarios, scenarios.failures().stream().map(ErrorText::describe).toList());
    }

    public boolean scenariosFail() {
        return scenarios.failed() > 0;
    }

    public boolean hasScenarios() {
        return scenarios.passed() + scenarios.failed() > 0;
    }
}
