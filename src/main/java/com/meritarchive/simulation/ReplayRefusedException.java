package com.meritarchive.simulation;

import com.meritarchive.system.ProblemException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A replay that cannot be: no version named to replay with, or a record that has no request to
 * decide again (a deletion) (422, with what to do instead).
 */
class ReplayRefusedException extends ProblemException {

    /** The query parameter at fault and what is wrong with it, as the decision list reports its own. */
    record InvalidParameter(String parameter, String message) {
    }

    private ReplayRefusedException(String detail, Map<String, Object> properties) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "Cannot replay", detail, detail, properties, null);
    }

    static ReplayRefusedException noVersion(String decisionId, String recordedVersion) {
        String message = "name the version to decide with: ?ruleSet=ID (GET /api/v1/rulesets lists the versions"
                + (recordedVersion == null ? "" : "; the decision's own is " + recordedVersion) + ")";
        return new ReplayRefusedException("Replaying decision '" + decisionId + "' needs a rule set: " + message,
                Map.of("errors", List.of(new InvalidParameter("ruleSet", message))));
    }

    static ReplayRefusedException deletion(String decisionId, String deletedId) {
        return new ReplayRefusedException("Decision '" + decisionId + "' records the deletion of decision '" + deletedId
                + "': it has no request to decide again. Replay a decision of kind ANNUAL, QUARTERLY, STEP_DOWN or "
                + "DOCUMENTS_….", Map.of());
    }
}
