package com.meritarchive.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts the failures of the stores ({@code merit.store.errors}, tags {@code store} and
 * {@code operation}; README "Observability"): a store calls {@link #count(String, String)} where it
 * fails, and the error handlers count a {@link StoreFailure} they answer.
 */
@Component
public class StoreErrors {

    static final String METER = "merit.store.errors";

    private final MeterRegistry meters;

    public StoreErrors(MeterRegistry meters) {
        this.meters = meters;
    }

    /** One failure of {@code store} ({@code rulesets}, {@code decisions}) while doing {@code operation}. */
    public void count(String store, String operation) {
        Counter.builder(METER).description("Failed operations of the rule-set store and the decision record")
                .tag("store", store).tag("operation", operation).register(meters).increment();
    }

    /** Counts {@code error} once if it or one of its causes is a {@link StoreFailure}; says whether it was. */
    public boolean count(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreFailure failure) {
                count(failure.store(), failure.operation());
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
