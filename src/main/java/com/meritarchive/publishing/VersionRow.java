package com.meritarchive.publishing;

import com.meritarchive.scenario.ScenarioReport;
import com.meritarchive.web.BeijingTime;
import com.meritarchive.web.UploaderName;
import java.util.List;

/**
 * One rule-set version as the pages show it: its time in Beijing time as the staff read clocks, its
 * uploader by name (the service's own import as 系统导入),
 * and its test scenarios' results with each failure located in Chinese.
 */
record VersionRow(String id, String createdAt, String createdBy, boolean active, List<String> files,
        ScenarioReport scenarios, List<String> scenarioFailures) {

    static VersionRow of(PublishedVersion version) {
        ScenarioReport scenarios = version.scenarios() == null ? ScenarioReport.NONE : version.scenarios();
        return new VersionRow(version.id(), BeijingTime.format(version.createdAt()),
                UploaderName.of(version.createdBy()), version.active(),
                version.files(), scenarios, scenarios.failures().stream().map(ErrorText::describe).toList());
    }

    public boolean scenariosFail() {
        return scenarios.failed() > 0;
    }

    public boolean hasScenarios() {
        return scenarios.passed() + scenarios.failed() > 0;
    }
}
