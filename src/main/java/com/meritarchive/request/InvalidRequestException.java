package com.meritarchive.request;

import com.meritarchive.system.ProblemException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A request that breaks the contract, with every invalid field as a JSON pointer (422). */
public class InvalidRequestException extends ProblemException {

    /** One invalid field: where it is (RFC 6901 pointer) and what is wrong with it. */
    public record InvalidField(String pointer, String message) {
    }

    private final transient List<InvalidField> errors;

    public InvalidRequestException(List<InvalidField> errors) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid request",
                errors.size() + " invalid field(s), first: " + errors.get(0).pointer() + " " + errors.get(0).message(),
                errors.size() + " field(s) are invalid; nothing was decided.", Map.of("errors", List.copyOf(errors)), null);
        this.errors = List.copyOf(errors);
    }

    public List<InvalidField> errors() {
        return errors;
    }
}
