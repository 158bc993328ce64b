package com.meritarchive.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
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
 * Every error as RFC 9457 problem details. Spring's own handler already answers 400 for
 * malformed JSON and 415 for a wrong content type; this adds bodies the service streams itself,
 * the size limit, and every {@link ProblemException} a feature throws with its own status. It
 * knows no feature; what nobody foresaw is {@link UnexpectedErrors}' plain 500.
 */
@RestControllerAdvice
@Order(0) // before UnexpectedErrors, whose handler matches every exception
class ProblemHandler extends ResponseEntityExceptionHandler {

    /** An error a feature explains itself: its own status, title, detail and members. */
    @ExceptionHandler(ProblemException.class)
    ProblemDetail explained(ProblemException e, HttpServletResponse response) {
        if (e.status().is5xxServerError()) {
            logger.error(e.getMessage(), e);
        }
        if (e.status() == HttpStatus.UNAUTHORIZED || e.status() == HttpStatus.FORBIDDEN) {
            ClosingRefusals.markClose(response); // a refusal is the connection's last answer, and says so
        }
        return e.toProblem();
    }

    /** A body read by the service itself (large decisions) that is not JSON. */
    @ExceptionHandler(JsonProcessingException.class)
    ProblemDetail malformed(JsonProcessingException e) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body is not valid JSON: " + e.getOriginalMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return ResponseEntity.status(tooLarge.status()).body(tooLarge.toProblem());
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
