package com.meritarchive.system;

import org.springframework.http.HttpStatus;

/** A request body over {@code merit.max-request-size} (413). */
public class PayloadTooLargeException extends ProblemException {

    static final String TITLE = "Request too large";

    public PayloadTooLargeException(long limitBytes) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, TITLE,
                "The request body is larger than the configured limit of " + limitBytes + " bytes (merit.max-request-size)");
    }
}
