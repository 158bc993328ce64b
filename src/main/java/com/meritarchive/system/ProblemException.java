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
    private final String detail;
    private final transient Map<String, Object> properties;

    protected ProblemException(HttpStatus status, String title, String message) {
        this(status, title, message, message, Map.of(), null);
    }

    protected ProblemException(HttpStatus status, String title, String message, Throwable cause) {
        this(status, title, message, message, Map.of(), cause);
    }

    /**
     * @param message what the log says
     * @param detail what the answer's {@code detail} says (shorter, for the caller)
     * @param properties further members of the answer, such as the list of invalid fields
     */
    protected ProblemException(HttpStatus status, String title, String message, String detail,
            Map<String, Object> properties, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail toProblem() {
        ProblemDetail problem = ProblemHandler.problem(status, title, detail);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
