package com.meritarchive.decisionlog;

import com.meritarchive.system.StoreFailure;

/**
 * The store failed (disk full, file damaged): nothing is answered as decided without its record.
 * Counted as {@code merit.store.errors{store="decisions"}} with what the store was doing.
 */
public class DecisionLogException extends RuntimeException implements StoreFailure {

    private final String operation;

    /** @param operation what the store was doing: open, write, read, list, delete, close */
    public DecisionLogException(String operation, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
    }

    public DecisionLogException(String message, Throwable cause) {
        this("other", message, cause);
    }

    @Override
    public String store() {
        return "decisions";
    }

    @Override
    public String operation() {
        return operation;
    }
}
