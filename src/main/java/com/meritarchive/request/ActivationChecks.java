package com.meritarchive.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.request.InvalidRequestException.InvalidField;
import java.util.List;

/**
 * Checks {@code {"id", "force"?}}, the body that publishes a version: a misspelled
 * {@code "Force"} must be refused, not read as "do not force".
 */
final class ActivationChecks {

    private ActivationChecks() {
    }

    static ActivationRequest activation(JsonNode body, List<InvalidField> duplicates) {
        FieldReader reader = new FieldReader();
        reader.rejectAll(duplicates);
        reader.requireObject(body, "");
        reader.throwIfInvalid();
        reader.allowOnly(body, "", Shape.ACTIVATION);
        JsonNode id = body.get("id");
        if (id == null || !id.isTextual()) {
            reader.reject("/id", "is required: the id of a stored version");
        }
        JsonNode force = body.get("force");
        if (force != null && !force.isBoolean() && !force.isNull()) {
            reader.reject("/force", "must be true or false");
        }
        reader.throwIfInvalid();
        return new ActivationRequest(id.textValue(), force != null && force.asBoolean());
    }
}
