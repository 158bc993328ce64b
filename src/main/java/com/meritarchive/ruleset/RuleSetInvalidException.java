package com.meritarchive.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that does not compile, with every error found in it. */
public class RuleSetInvalidException extends RuntimeException {

    private final transient List<RuleSetError> errors;

    public RuleSetInvalidException(List<RuleSetError> errors) {
        super("The rule set does not compile:\n  " + errors.stream().map(RuleSetError::describe)
                .collect(Collectors.joining("\n  ")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleSetError> errors() {
        return errors;
    }
}
