package com.meritarchive.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.meritarchive.ruleset.RuleSetInvalidException;
import com.meritarchive.ruleset.ScenariosFailedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details, with the statuses CONTRACT.md fixes. Spring's own
 * handler already answers 400 for malformed JSON and 415 for a wrong content type; this adds the
 * service's errors.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid request",
                e.errors().size() + " field(s) are invalid; nothing was decided.");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    /** A body read by the service itself (large decisions) that is not JSON. */
    @ExceptionHandler(JsonProcessingException.class)
    ProblemDetail malformed(JsonProcessingException e) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body is not valid JSON: " + e.getOriginalMessage());
    }

    @ExceptionHandler(UnknownRuleSetException.class)
    ProblemDetail unknownRuleSet(UnknownRuleSetException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown rule set", e.getMessage());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", e.getMessage());
    }

    @ExceptionHandler(ScenariosFailedException.class)
    ProblemDetail scenariosFailed(ScenariosFailedException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Test scenarios fail", e.getMessage());
        problem.setProperty("scenarios", e.report());
        return problem;
    }

    @ExceptionHandler(RuleSetInvalidException.class)
    ProblemDetail invalidRuleSet(RuleSetInvalidException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid rule set",
                e.errors().size() + " error(s) in the rule set; nothing was stored.");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    /** A rule set that cannot decide a valid request (e.g. a table edited so that no S1 row matches). */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail ruleSetCannotDecide(IllegalStateException e) {
        logger.error("Decision failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Decision failed", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
            }
            cause = cause.getCause();
        }
        String detail = e.getMostSpecificCause().getMessage();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
                "The body is not valid JSON: " + (detail == null ? "" : detail.lines().findFirst().orElse("")));
        return ResponseEntity.badRequest().body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
