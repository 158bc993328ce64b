package com.meritarchive.system;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * An error a feature knows how to explain: it carries its own HTTP status, title and detail, so
 * that {@link ProblemHandler} can answer it as problem+json without knowing the feature, and
 * nothing unexpected is mistaken for it (an unknown exception stays a plain 500).
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    protected ProblemException(HttpStatus status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    protected ProblemException(HttpStatus status, String title, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    /** The {@code detail} of the answer: the message unless a subclass says it shorter. */
    protected String detail() {
        return getMessage();
    }

    /** Further members of the answer, such as the list of invalid fields. */
    protected Map<String, Object> properties() {
        return Map.of();
    }

    public ProblemDetail toProblem() {
        ProblemDetail problem = ProblemHandler.problem(status, title, detail());
        properties().forEach(problem::setProperty);
        return problem;
    }
}
