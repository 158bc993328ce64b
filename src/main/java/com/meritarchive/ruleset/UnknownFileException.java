package com.meritarchive.ruleset;

/** A file name that the rule-set version does not hold (404, titled "Unknown file"). */
public class UnknownFileException extends UnknownRuleSetException {

    public UnknownFileException(String id, String name) {
        super(id, "Unknown file", "Rule set " + id + " has no file named '" + name + "'");
    }
}
