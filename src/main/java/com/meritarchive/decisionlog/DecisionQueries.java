package com.meritarchive.decisionlog;

import com.meritarchive.decisionlog.InvalidQueryException.InvalidParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the list's query parameters strictly: an unknown one, or a value that cannot be, is a 422 naming it. */
final class DecisionQueries {

    static final int PAGE_SIZE = 50;
    private static final Set<String> KNOWN = Set.of("kind", "year", "quarter", "subjectId", "page");
    private static final String KINDS = Arrays.stream(DecisionKind.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private DecisionQueries() {
    }

    static DecisionQuery read(Map<String, String[]> parameters) {
        List<InvalidParameter> errors = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (!KNOWN.contains(name)) {
                errors.add(new InvalidParameter(name, "unknown parameter '" + name + "'; the parameters are "
                        + "kind, year, quarter, subjectId, page"));
            } else if (values.length > 1) {
                errors.add(new InvalidParameter(name, "appears " + values.length + " times"));
            }
        });
        String kindName = single(parameters, "kind");
        DecisionKind kind = null;
        if (kindName != null) {
            kind = DecisionKind.parse(kindName).orElse(null);
            if (kind == null) {
                errors.add(new InvalidParameter("kind", "unknown kind '" + kindName + "'; one of " + KINDS));
            }
        }
        Integer year = number(parameters, "year", 1, 9999, errors);
        Integer quarter = number(parameters, "quarter", 1, 4, errors);
        Integer page = number(parameters, "page", 1, Integer.MAX_VALUE / PAGE_SIZE, errors);
        String subjectId = single(parameters, "subjectId");
        if (subjectId != null && subjectId.isBlank()) {
            errors.add(new InvalidParameter("subjectId", "must not be empty"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return new DecisionQuery(kind, year, quarter, subjectId, page == null ? 1 : page, PAGE_SIZE);
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static Integer number(Map<String, String[]> parameters, String name, int min, int max,
            List<InvalidParameter> errors) {
        String text = single(parameters, name);
        if (text == null) {
            return null;
        }
        if (!text.matches("[0-9]{1,9}")) {
            errors.add(new InvalidParameter(name, "must be a whole number, was '" + text + "'"));
            return null;
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            errors.add(new InvalidParameter(name, "must be between " + min + " and " + max + ", was " + value));
            return null;
        }
        return value;
    }
}
