package com.meritarchive.ruleset;

/** A file name that the rule-set version does not hold (404). */
public class UnknownFileException extends UnknownRuleSetException {

    public UnknownFileException(String id, String name) {
        super(id, "Rule set " + id + " has no file named '" + name + "'");
    }
}
