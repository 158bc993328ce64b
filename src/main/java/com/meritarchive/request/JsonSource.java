package com.meritarchive.request;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.meritarchive.request.InvalidRequestException.InvalidField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The top level of a request body. The arrays a check names are handed over element by element,
 * the other fields are returned as a small tree: read from a stream, a province's 150,000
 * records never exist as one JSON tree, only as the checked input they become. Keys the shape
 * does not allow and keys that appear twice are skipped unread and reported as problems.
 */
interface JsonSource {

    ObjectMapper JSON = new ObjectMapper();

    /**
     * What the top level held besides the streamed arrays, which of those arrays it held, and the
     * unknown and duplicate keys found on the way (at the top or inside an element).
     */
    record TopLevel(ObjectNode fields, Set<String> arrays, List<InvalidField> problems) {
    }

    /** Reads the top level; each element of an array named in {@code arrays} goes to its handler with its index. */
    TopLevel read(Shape shape, Map<String, BiConsumer<JsonNode, Integer>> arrays) throws IOException;

    /** A body already parsed (a nested dataset, a scenario case, a test). */
    static JsonSource of(JsonNode tree) {
        return (shape, arrays) -> {
            requireObject(tree != null && tree.isObject());
            ObjectNode fields = JSON.createObjectNode();
            Set<String> seen = new HashSet<>();
            List<InvalidField> problems = new ArrayList<>();
            tree.fields().forEachRemaining(field -> {
                BiConsumer<JsonNode, Integer> handler = arrays.get(field.getKey());
                if (!shape.allows(field.getKey())) {
                    problems.add(shape.unknown("", field.getKey()));
                } else if (handler != null && field.getValue().isArray()) {
                    seen.add(field.getKey());
                    for (int i = 0; i < field.getValue().size(); i++) {
                        handler.accept(field.getValue().get(i), i);
                    }
                } else {
                    fields.set(field.getKey(), field.getValue());
                }
            });
            return new TopLevel(fields, seen, problems);
        };
    }

    /**
     * A body read token by token; only a few array elements at a time are trees (a large array's
     * are checked on another thread while the parser reads on: {@link ElementPipeline}). The
     * parser may stand before the object or on its first token (an object nested in a larger body).
     */
    static JsonSource of(JsonParser parser) {
        return of(parser, ElementPipeline.DEFAULT);
    }

    /** As {@link #of(JsonParser)}, with the arrays' elements handed over by {@code pipeline} (tests choose its threshold). */
    static JsonSource of(JsonParser parser, ElementPipeline pipeline) {
        return (shape, arrays) -> {
            Set<String> seen = new HashSet<>();
            List<InvalidField> problems = new ArrayList<>();
            ObjectNode fields = readObject(parser, shape, problems, (name, value) -> {
                BiConsumer<JsonNode, Integer> handler = arrays.get(name);
                if (handler == null || value != JsonToken.START_ARRAY) {
                    return false;
                }
                seen.add(name);
                pipeline.read(parser, name, handler, problems);
                return true;
            });
            return new TopLevel(fields, seen, problems);
        };
    }

    /** Reads a field's value itself (the parser stands on its first token) and says so, or leaves it. */
    interface FieldVisitor {
        boolean read(String name, JsonToken value) throws IOException;
    }

    /**
     * Reads one JSON object token by token: each allowed field seen for the first time goes to
     * {@code visitor} first, and the fields it leaves are returned as a tree. An unknown or
     * repeated key is skipped and becomes a problem. No body at all is malformed JSON (400); a
     * body that is not an object is an invalid request (422).
     */
    static ObjectNode readObject(JsonParser parser, Shape shape, List<InvalidField> problems, FieldVisitor visitor)
            throws IOException {
        JsonToken first = parser.currentToken() == JsonToken.START_OBJECT ? JsonToken.START_OBJECT : parser.nextToken();
        if (first == null) {
            throw new JsonParseException(parser, "The body is empty: a JSON object is expected");
        }
        requireObject(first == JsonToken.START_OBJECT);
        ObjectNode fields = JSON.createObjectNode();
        Set<String> names = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!shape.allows(name) || !names.add(name)) {
                problems.add(shape.allows(name) ? Shape.duplicate("", name) : shape.unknown("", name));
                parser.skipChildren();
            } else if (!visitor.read(name, value)) {
                fields.set(name, StrictTree.read(parser, Pointer.child("", name), problems));
            }
        }
        return fields;
    }

    private static void requireObject(boolean isObject) {
        if (!isObject) {
            throw new InvalidRequestException(List.of(new InvalidField("", "must be a JSON object")));
        }
    }
}
