package com.meritarchive.ruleset;

import com.meritarchive.system.ProblemException;
import com.meritarchive.system.StoreFailure;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The shared database cannot be reached for something only it can answer (an upload, a publication,
 * a version this replica has not compiled): 503, so that a load balancer or the caller retries.
 * Decisions with the active version do not need it and go on.
 */
public class StoreUnavailableException extends ProblemException implements StoreFailure {

    private final String operation;

    /**
     * @param operation what the store was doing, as a metric tag ({@code read}, {@code write}, {@code publish})
     * @param what the same in words, for the log and the answer
     */
    public StoreUnavailableException(String operation, String what, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Rule-set store unavailable",
                "Cannot " + what + ": the database does not answer (" + cause.getMessage() + ")",
                "Cannot " + what + " now: the database does not answer. Decisions with the active rule set go on; try this again shortly.",
                Map.of(), cause);
        this.operation = operation;
    }

    @Override
    public String store() {
        return "rulesets";
    }

    @Override
    public String operation() {
        return operation;
    }
}
