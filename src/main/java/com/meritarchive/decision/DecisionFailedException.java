package com.meritarchive.decision;

import com.meritarchive.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A valid request that the rule set cannot decide, such as a step-down table edited so that no
 * row, or two, match (500: the rule set is at fault, not the caller).
 */
public class DecisionFailedException extends ProblemException {

    public DecisionFailedException(String ruleSetId, String problem) {
        super(HttpStatus.INTERNAL_SERVER_ERROR, "Decision failed", "Rule set " + ruleSetId + " gave " + problem);
    }
}
