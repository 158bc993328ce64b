package com.meritarchive.system;

/**
 * An error of a store that a feature throws: which store ({@code rulesets}, {@code decisions}) and
 * what it was doing, so that {@link StoreErrors} counts it where it is answered without knowing the feature.
 */
public interface StoreFailure {

    /** {@code rulesets} or {@code decisions}. */
    String store();

    /** What the store was doing: {@code read}, {@code write}, {@code list}, … (a few words, a metric tag). */
    String operation();
}
