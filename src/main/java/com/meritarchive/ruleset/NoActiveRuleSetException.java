package com.meritarchive.ruleset;

import com.meritarchive.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A decision asked for before any rule set is active, i.e. while the service is still starting (503). */
public class NoActiveRuleSetException extends ProblemException {

    public NoActiveRuleSetException() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "No active rule set",
                "No rule set is active yet: the service is still compiling its rule set at start; try again in a few seconds");
    }
}
