package com.meritarchive.explanation;

import com.meritarchive.system.ProblemException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An explanation that cannot be given as asked (422): an unknown query parameter, a subjectType
 * other than CADRE or UNIT, an id that is both a cadre's and a unit's without one, or a decision
 * other than an annual or quarterly one or its documents (a step-down, a deletion).
 */
class InvalidExplanationRequestException extends ProblemException {

    /** One invalid query parameter and what is wrong with it. */
    record InvalidParameter(String parameter, String message) {
    }

    InvalidExplanationRequestException(String parameter, String message) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid explanation request", parameter + ": " + message, message,
                Map.of("errors", List.of(new InvalidParameter(parameter, message))), null);
    }
}
