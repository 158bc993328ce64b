package com.meritarchive.ruleset;

import com.meritarchive.system.NotFoundException;

/** A rule-set id (or a file of one) that names nothing stored (404). */
public class UnknownRuleSetException extends NotFoundException {

    public UnknownRuleSetException(String id) {
        this(id, "Unknown rule set", "No rule set with id '" + id + "'");
    }

    protected UnknownRuleSetException(String id, String title, String message) {
        super(title, message);
    }
}
