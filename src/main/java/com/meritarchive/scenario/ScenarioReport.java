package com.meritarchive.scenario;

import java.util.List;

/**
 * How a version did on the test scenarios that travel with it (workbooks named
 * {@code *.scenarios.xlsx}): how many passed and failed, and where each failure is written.
 */
public record ScenarioReport(int passed, int failed, List<ScenarioFailure> failures) {

    /** A scenario whose expected outcome the version did not give, located at its expectation row. */
    public record ScenarioFailure(String file, String sheet, Integer row, String message) {
    }

    public static final ScenarioReport NONE = new ScenarioReport(0, 0, List.of());

    public ScenarioReport {
        failures = List.copyOf(failures);
    }
}
