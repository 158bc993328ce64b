package com.meritarchive.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.request.InvalidRequestException.InvalidField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Reads a request's JSON tree field by field and collects every problem with its JSON pointer,
 * instead of stopping at the first as data binding would: the HR system fixes all of them in one go.
 */
final class FieldReader {

    private final List<InvalidField> errors = new ArrayList<>();

    /** One copy of each unit id and word the request repeats: see {@link #sharedText}. */
    private final Map<String, String> shared = new HashMap<>();

    void reject(String pointer, String message) {
        errors.add(new InvalidField(pointer, message));
    }

    /** Throws with every problem found, so that nothing is decided from a request with an error. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** The problems found so far, in the order found. */
    List<InvalidField> problems() {
        return Collections.unmodifiableList(errors);
    }

    /** Problems found while reading the JSON itself (unknown or duplicate keys), at their pointers. */
    void rejectAll(List<InvalidField> problems) {
        errors.addAll(problems);
    }

    /** Rejects every key of {@code node} that {@code shape} does not allow, at its own pointer. */
    void allowOnly(JsonNode node, String pointer, Shape shape) {
        node.fieldNames().forEachRemaining(name -> {
            if (!shape.allows(name)) {
                errors.add(shape.unknown(pointer, name));
            }
        });
    }

    void requireObject(JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            reject(pointer.isEmpty() ? "" : pointer, "must be a JSON object");
        }
    }

    String text(JsonNode parent, String pointer, String field, boolean required) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                reject(pointer + "/" + field, "is required");
            }
            return null;
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            reject(pointer + "/" + field, "must be a non-empty string");
            return null;
        }
        return value.textValue();
    }

    /**
     * As {@link #text}, for an id or word the request repeats many times over and has few of (a
     * unit's id in each of its cadres, an indicator or key work in each of its records): the first
     * copy read is returned for every later one, so that the later copies die where they were read.
     * A province's request and facts kept 1.4 million strings alive through its decision; this leaves
     * 0.93 million, and the garbage collector copies every one it finds alive. Cadre ids in records
     * are not shared here (a table of 200,000 of them took a province's check thread 100 ms) but by
     * the reference check, with the map of ids it makes anyway ({@link #rejectDuplicates}).
     */
    String sharedText(JsonNode parent, String pointer, String field, boolean required) {
        String text = text(parent, pointer, field, required);
        if (text == null) {
            return null;
        }
        String first = shared.putIfAbsent(text, text);
        return first != null ? first : text;
    }

    Integer integer(JsonNode parent, String pointer, String field, boolean required, int min, int max) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                reject(pointer + "/" + field, "is required");
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            reject(pointer + "/" + field, "must be an integer");
            return null;
        }
        int number = value.intValue();
        if (number < min || number > max) {
            reject(pointer + "/" + field, "must be between " + min + " and " + max + ", was " + number);
            return null;
        }
        return number;
    }

    Boolean bool(JsonNode parent, String pointer, String field) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            reject(pointer + "/" + field, "is required");
            return null;
        }
        if (!value.isBoolean()) {
            reject(pointer + "/" + field, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    /**
     * A string that must be one of {@code allowed}; {@code fallback} when absent (null: required).
     * The code returned is {@code allowed}'s own string: a province's 150,000 records then hold three
     * strings for their types instead of 150,000.
     */
    String oneOf(JsonNode parent, String pointer, String field, Collection<String> allowed, String fallback) {
        JsonNode value = parent.get(field);
        if ((value == null || value.isNull()) && fallback != null) {
            return fallback;
        }
        String text = text(parent, pointer, field, true);
        if (text == null) {
            return null;
        }
        for (String code : allowed) {
            if (code.equals(text)) {
                return code;
            }
        }
        reject(pointer + "/" + field, "must be one of " + String.join(", ", allowed) + ", was '" + text + "'");
        return null;
    }

    /**
     * Reads each element of an array nested at {@code parentPointer}; the element function gets
     * the pointer relative to the parent. An element that is not an object is rejected and
     * stands as {@code null}, so that list positions stay the array's positions.
     */
    <T> List<T> array(JsonNode parent, String field, boolean required, BiFunction<JsonNode, String, T> element,
            String parentPointer) {
        JsonNode value = parent.get(field);
        List<T> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            if (required) {
                reject(parentPointer + "/" + field, "is required");
            }
            return items;
        }
        if (!value.isArray()) {
            reject(parentPointer + "/" + field, "must be an array");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            String pointer = "/" + field + "/" + i;
            JsonNode node = value.get(i);
            if (!node.isObject()) {
                reject(parentPointer + pointer, "must be a JSON object");
                items.add(null);
                continue;
            }
            items.add(element.apply(node, pointer));
        }
        return items;
    }

    /**
     * A handler for the elements of a top-level array, as {@link JsonSource} hands them over:
     * each becomes an item of {@code into} (null when it is not an object, so that positions
     * stay the array's positions).
     */
    <T> BiConsumer<JsonNode, Integer> elements(String field, List<T> into, ElementReader<T> element) {
        return (node, index) -> {
            String pointer = "/" + field + "/" + index;
            if (node.isObject()) {
                into.add(element.read(this, node, pointer));
            } else {
                reject(pointer, "must be a JSON object");
                into.add(null);
            }
        };
    }

    /** Reads one element of an array into typed input, rejecting what is wrong with it. */
    interface ElementReader<T> {
        T read(FieldReader reader, JsonNode node, String pointer);
    }

    /** A top-level array the check needs: absent is "required", another JSON type "must be an array". */
    void requireArray(JsonSource.TopLevel top, String field) {
        if (top.arrays().contains(field)) {
            return;
        }
        JsonNode value = top.fields().get(field);
        reject("/" + field, value == null || value.isNull() ? "is required" : "must be an array");
    }

    /**
     * Rejects every id that appeared before in the same list, and returns the ids there are (nulls left
     * out), each mapped to its first copy: what other lists may refer to, and the one string that
     * those references can share (see {@code RequestChecks.Lists#checkRecordReferences}).
     */
    Map<String, String> rejectDuplicates(List<String> ids, String arrayPointer, String what) {
        Map<String, String> seen = new HashMap<>((int) (ids.size() / 0.75f) + 1);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id != null && seen.putIfAbsent(id, id) != null) {
                reject(arrayPointer + "/" + i + "/id", "duplicate " + what + " id '" + id + "'");
            }
        }
        return seen;
    }
}
