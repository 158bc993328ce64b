package com.meritarchive.scenario;

import com.meritarchive.system.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Publishing a version whose own scenarios fail, without force (409). */
public class ScenariosFailedException extends ProblemException {

    private final transient ScenarioReport report;

    public ScenariosFailedException(String id, ScenarioReport report) {
        super(HttpStatus.CONFLICT, "Test scenarios fail", message(id, report), message(id, report),
                Map.of("scenarios", report), null);
        this.report = report;
    }

    public ScenarioReport report() {
        return report;
    }

    private static String message(String id, ScenarioReport report) {
        return "Rule set " + id + " fails " + report.failed() + " of its " + (report.passed() + report.failed())
                + " test scenarios; publish with \"force\": true to publish it anyway";
    }
}
