package com.meritarchive.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.meritarchive.request.InvalidRequestException;
import com.meritarchive.request.InvalidRequestException.InvalidField;
import com.meritarchive.scenario.ScenarioSheet.Line;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The request a scenario case stands for, written as the HR system would send it, and where each
 * part of it came from in the sheet. The request is checked by the same checks as the decision
 * endpoints' bodies, and each problem they find is reported at the cell it came from (a quarter of
 * 5, a rank past the ranked count, a cadre listed twice in a group), so that a case cannot decide
 * from input the API would refuse.
 */
final class CaseRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where an element of the request was written: its row, and the column of each of its fields. */
    private record Origin(Line line, Map<String, String> labels) {
    }

    final ObjectNode body = JSON.createObjectNode();
    private final Map<String, Origin> origins = new HashMap<>();
    private final Line first;

    CaseRequest(Line first) {
        this.first = first;
    }

    /** A top-level field (the decided year or quarter) written in {@code label} of the case's first row. */
    void top(String field, Integer value, String label) {
        if (value != null) {
            body.put(field, value);
        }
        origins.put("/" + field, new Origin(first, Map.of(field, label)));
    }

    /**
     * Adds an element to the array {@code field}, remembering the row and the column of each of
     * its fields ({@code line} null: an element no row wrote, reported at the case's first row).
     */
    ObjectNode element(String field, Line line, Map<String, String> labels) {
        ArrayNode array = body.has(field) ? (ArrayNode) body.get(field) : body.putArray(field);
        origins.put("/" + field + "/" + array.size(), new Origin(line, labels));
        return array.addObject();
    }

    /** Checks the request; every problem goes to {@code sheet} at the cell it came from, and null is returned. */
    <T> T check(ScenarioSheet sheet, Function<ObjectNode, T> checks) {
        try {
            return checks.apply(body);
        } catch (InvalidRequestException e) {
            Map<Line, Map<String, String>> byCell = new LinkedHashMap<>();
            for (InvalidField error : e.errors()) {
                String[] parts = error.pointer().split("/");
                Origin origin = parts.length >= 3 ? origins.get("/" + parts[1] + "/" + parts[2])
                        : origins.get(error.pointer());
                String field = parts.length >= 4 ? parts[3] : parts.length == 2 ? parts[1] : "";
                Line line = origin == null || origin.line() == null ? first : origin.line();
                String label = origin == null ? "场景" : origin.labels().getOrDefault(field, "场景");
                byCell.computeIfAbsent(line, k -> new LinkedHashMap<>()).putIfAbsent(label, error.message());
            }
            byCell.forEach((line, cells) -> cells.forEach((label, message) -> {
                if (!sheet.rejected(line, label)) { // a cell the sheet already found wrong is reported once
                    sheet.reject(line, label, "“" + label + "”填写有误，请改正 (" + message + ")");
                }
            }));
            return null;
        }
    }

    static Map<String, String> labels(String... fieldAndLabel) {
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < fieldAndLabel.length; i += 2) {
            labels.put(fieldAndLabel[i], fieldAndLabel[i + 1]);
        }
        return labels;
    }
}
