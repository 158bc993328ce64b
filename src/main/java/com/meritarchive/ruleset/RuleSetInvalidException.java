package com.meritarchive.ruleset;

import com.meritarchive.system.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * A rule set that does not compile, with every error found in it (422; nothing is stored). An
 * oversized workbook's error, in whatever words POI used, is given the README's Chinese message.
 */
public class RuleSetInvalidException extends ProblemException {

    private final transient List<RuleSetError> errors;

    public RuleSetInvalidException(List<RuleSetError> errors) {
        this(errors.stream().map(OversizedWorkbook::explain).toList(), true);
    }

    private RuleSetInvalidException(List<RuleSetError> errors, boolean explained) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid rule set", "The rule set does not compile:\n  "
                + errors.stream().map(RuleSetError::describe).collect(Collectors.joining("\n  ")),
                errors.size() + " error(s) in the rule set; nothing was stored.", Map.of("errors", List.copyOf(errors)), null);
        this.errors = List.copyOf(errors);
    }

    public List<RuleSetError> errors() {
        return errors;
    }
}
