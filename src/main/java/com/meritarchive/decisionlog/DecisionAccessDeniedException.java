package com.meritarchive.decisionlog;

import com.meritarchive.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A caller without AUTHOR reading a decision someone else made (403). */
class DecisionAccessDeniedException extends ProblemException {

    DecisionAccessDeniedException(String id) {
        super(HttpStatus.FORBIDDEN, "Forbidden", "Decision '" + id
                + "' was made by another caller; only its caller, AUTHOR and ADMIN may read it.");
    }
}
