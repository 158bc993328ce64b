package com.meritarchive.system;

import java.util.List;

/** A request that breaks the contract, with every invalid field as a JSON pointer (CONTRACT.md "Errors"). */
public class InvalidRequestException extends RuntimeException {

    /** One invalid field: where it is (RFC 6901 pointer) and what is wrong with it. */
    public record InvalidField(String pointer, String message) {
    }

    private final transient List<InvalidField> errors;

    public InvalidRequestException(List<InvalidField> errors) {
        super(errors.size() + " invalid field(s), first: " + errors.get(0).pointer() + " " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<InvalidField> errors() {
        return errors;
    }
}
