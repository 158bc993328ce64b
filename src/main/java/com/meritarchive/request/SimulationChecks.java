package com.meritarchive.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.meritarchive.request.InvalidRequestException.InvalidField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks {@code {"candidate", "baseline"?, "annual"?, "quarterly"?}} token by token: a province's
 * dataset is streamed and checked as the decision endpoints stream and check it, and every
 * problem is reported with its pointer, the datasets' under {@code /annual} or {@code /quarterly}.
 */
final class SimulationChecks {

    private SimulationChecks() {
    }

    static SimulationRequest simulation(JsonParser parser) throws IOException {
        List<InvalidField> errors = new ArrayList<>();
        var datasets = new Object() {
            AnnualRequest annual;
            QuarterlyRequest quarterly;
            final PeopleNames annualNames = new PeopleNames();
            final PeopleNames quarterlyNames = new PeopleNames();
        };
        ObjectNode fields = JsonSource.readObject(parser, Shape.SIMULATION, errors, (name, value) -> {
            if (value == JsonToken.START_OBJECT && name.equals("annual")) {
                datasets.annual = nested(name, errors, () -> RequestChecks.annual(JsonSource.of(parser), false, datasets.annualNames));
                return true;
            }
            if (value == JsonToken.START_OBJECT && name.equals("quarterly")) {
                datasets.quarterly = nested(name, errors, () -> RequestChecks.quarterly(JsonSource.of(parser), false, datasets.quarterlyNames));
                return true;
            }
            return false;
        });
        for (String dataset : List.of("annual", "quarterly")) {
            if (fields.hasNonNull(dataset)) {
                errors.add(new InvalidField("/" + dataset, "must be a JSON object: a request as the HR system sends it"));
            }
        }
        String candidate = versionId(fields, "candidate", errors, true);
        String baseline = versionId(fields, "baseline", errors, false);
        if (errors.isEmpty() && datasets.annual == null && datasets.quarterly == null) {
            errors.add(new InvalidField("/annual", "an annual or a quarterly dataset is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new SimulationRequest(candidate, baseline, new Dataset(datasets.annual, datasets.quarterly,
                datasets.annual == null ? null : datasets.annualNames, datasets.quarterly == null ? null : datasets.quarterlyNames));
    }

    private static String versionId(JsonNode body, String field, List<InvalidField> errors, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new InvalidField("/" + field, "is required: the id of a stored rule-set version"));
            }
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new InvalidField("/" + field, "must be a rule-set id (a string)"));
            return null;
        }
        return value.textValue();
    }

    /** A nested request checked with its own checks; its pointers are reported under {@code /field}. */
    private static <T> T nested(String field, List<InvalidField> errors, NestedCheck<T> check) throws IOException {
        try {
            return check.read();
        } catch (InvalidRequestException e) {
            e.errors().forEach(error -> errors.add(new InvalidField("/" + field + error.pointer(), error.message())));
            return null;
        }
    }

    private interface NestedCheck<T> {
        T read() throws IOException;
    }
}
