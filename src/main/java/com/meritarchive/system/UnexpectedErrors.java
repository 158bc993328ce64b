package com.meritarchive.system;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A fault no feature foresaw, on an API endpoint: still problem+json, logged with an id the
 * answer quotes so that an operator finds it, and not dressed up as a known error. Ordered after
 * {@link ProblemHandler}, which answers every error that is known.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final StoreErrors storeErrors;

    UnexpectedErrors(StoreErrors storeErrors) {
        this.storeErrors = storeErrors;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String id = UUID.randomUUID().toString();
        log.error("Unexpected error {}", id, e);
        storeErrors.count(e); // a store's failure nobody explains (the decision record's)
        return ProblemHandler.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "The service failed unexpectedly (" + e.getClass().getSimpleName() + "); the log has the details under " + id);
    }
}
