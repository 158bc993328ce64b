package com.meritarchive.decisionlog;

/**
 * The shared database could not be reached (no connection, or the connection broke): not a fault of
 * the record, so {@link SpoolingDecisionLog} records the decision locally instead of failing it.
 */
class DatabaseUnreachableException extends DecisionLogException {

    DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
