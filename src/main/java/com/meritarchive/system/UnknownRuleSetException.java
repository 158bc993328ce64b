package com.meritarchive.system;

/** A rule-set id that names no stored version (404). */
public class UnknownRuleSetException extends RuntimeException {

    public UnknownRuleSetException(String id) {
        super("No rule set with id '" + id + "'");
    }
}
