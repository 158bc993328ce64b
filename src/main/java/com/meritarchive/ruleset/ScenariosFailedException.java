package com.meritarchive.ruleset;

/** Publishing a version whose own scenarios fail, without force (409). */
public class ScenariosFailedException extends RuntimeException {

    private final transient ScenarioReport report;

    public ScenariosFailedException(String id, ScenarioReport report) {
        super("Rule set " + id + " fails " + report.failed() + " of its " + (report.passed() + report.failed())
                + " test scenarios; publish with \"force\": true to publish it anyway");
        this.report = report;
    }

    public ScenarioReport report() {
        return report;
    }
}
