package com.meritarchive.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
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

    private final StoreErrors storeErrors;

    ProblemHandler(StoreErrors storeErrors) {
        this.storeErrors = storeErrors;
    }

    /** An error a feature explains itself: its own status, title, detail and members. */
    @ExceptionHandler(ProblemException.class)
    ProblemDetail explained(ProblemException e, HttpServletResponse response) {
        if (e.status().is5xxServerError()) {
            logger.error(e.getMessage(), e);
        }
        storeErrors.count(e);
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
        String first = detail == null ? "" : detail.lines().findFirst().orElse("");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body is not valid JSON: " + first
                + (first.contains("UTF-8") && !first.contains("send the body as UTF-8") ? "; send the body as UTF-8" : ""));
        return ResponseEntity.badRequest().body(problem);
    }

    /** 415 saying what to send: {@code application/json}, or {@code multipart/form-data} for an upload. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<MediaType> supported = e.getSupportedMediaTypes().stream().filter(type -> !type.isWildcardType()).toList();
        String send = supported.isEmpty() ? MediaType.APPLICATION_JSON_VALUE
                : supported.stream().map(type -> type.getType() + "/" + type.getSubtype()).distinct()
                        .collect(Collectors.joining(" or "));
        String sent = e.getContentType() == null ? "no Content-Type" : "Content-Type '" + e.getContentType() + "'";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                sent + " is not supported here; send the body as " + send + " (Content-Type: " + send + ")");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /** 405 naming the method(s) to use; the {@code Allow} header lists them too. */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String[] allowed = e.getSupportedMethods();
        String use = allowed == null || allowed.length == 0 ? "no method is allowed here"
                : "use " + String.join(" or ", allowed);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "Method " + e.getMethod() + " is not supported here; " + use + ".");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
