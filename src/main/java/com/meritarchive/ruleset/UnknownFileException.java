package com.meritarchive.ruleset;

import com.meritarchive.system.UnknownRuleSetException;

/** A file name that the rule-set version does not hold (404). */
class UnknownFileException extends UnknownRuleSetException {

    UnknownFileException(String id, String name) {
        super(id, "Rule set " + id + " has no file named '" + name + "'");
    }
}
