package com.meritarchive.system;

/** A request body over {@code merit.max-request-size} (413). */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than the configured limit of " + limitBytes + " bytes (merit.max-request-size)");
    }
}
