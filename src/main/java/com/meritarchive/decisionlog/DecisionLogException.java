package com.meritarchive.decisionlog;

/** The store failed (disk full, file damaged): nothing is answered as decided without its record. */
public class DecisionLogException extends RuntimeException {

    public DecisionLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
