package com.meritarchive.decisionlog;

import com.meritarchive.system.ProblemException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A list filter that cannot be applied: unknown parameter, kind, or a value out of range (422, each at its parameter). */
class InvalidQueryException extends ProblemException {

    /** One invalid query parameter and what is wrong with it. */
    record InvalidParameter(String parameter, String message) {
    }

    InvalidQueryException(List<InvalidParameter> errors) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid query",
                errors.size() + " invalid parameter(s), first: " + errors.get(0).parameter() + " " + errors.get(0).message(),
                errors.size() + " query parameter(s) are invalid.", Map.of("errors", List.copyOf(errors)), null);
    }
}
