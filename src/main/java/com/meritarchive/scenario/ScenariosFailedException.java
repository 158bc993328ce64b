package com.meritarchive.scenario;

import com.meritarchive.system.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Publishing a version whose own scenarios fail, without force (409). */
public class ScenariosFailedException extends ProblemException {

    private final transient ScenarioReport report;

    public ScenariosFailedException(String id, ScenarioReport report) {
        super(HttpStatus.CONFLICT, "Test scenarios fail", "Rule set " + id + " fails " + report.failed() + " of its "
                + (report.passed() + report.failed()) + " test scenarios; publish with \"force\": true to publish it anyway");
        this.report = report;
    }

    public ScenarioReport report() {
        return report;
    }

    @Override
    protected Map<String, Object> properties() {
        return Map.of("scenarios", report);
    }
}
