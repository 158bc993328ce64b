package com.meritarchive.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.meritarchive.request.InvalidRequestException.InvalidField;
import java.io.IOException;
import java.util.List;

/**
 * Reads one JSON value (an array element, a small body) into a tree and reports a key that
 * appears twice in one object at its pointer. Jackson's own trees keep the last value silently,
 * so a second {@code "status"} would quietly win; here the first is kept and the request refused.
 * Depth is bounded by the parser's own nesting limit (a 400).
 */
final class StrictTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StrictTree() {
    }

    /** Reads the value the parser stands on; {@code pointer} is where it is in the body. */
    static JsonNode read(JsonParser parser, String pointer, List<InvalidField> problems) throws IOException {
        return read(parser, pointer, -1, problems);
    }

    /**
     * Reads element {@code index} of the array at {@code array}. Its pointer is only built when a
     * nested value or a key that appears twice needs it: one per element was 350,000 strings for a
     * province, on the parser thread that the checks wait for ({@link ElementPipeline}).
     */
    static JsonNode element(JsonParser parser, String array, int index, List<InvalidField> problems) throws IOException {
        return read(parser, array, index, problems);
    }

    /** The value at {@code base}, or at {@code base/index} when {@code index} is not negative. */
    private static JsonNode read(JsonParser parser, String base, int index, List<InvalidField> problems)
            throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            String pointer = null; // made when first needed
            ObjectNode object = new ObjectNode(NODES, new SmallObject());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken next = parser.nextToken();
                JsonNode value;
                // a scalar needs no pointer of its own: building one per field was a fifth of reading a province
                if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
                    pointer = pointer != null ? pointer : pointerOf(base, index);
                    value = read(parser, Pointer.child(pointer, name), problems);
                } else {
                    value = scalar(parser, next);
                }
                if (object.has(name)) {
                    pointer = pointer != null ? pointer : pointerOf(base, index);
                    problems.add(Shape.duplicate(pointer, name));
                } else {
                    object.set(name, value);
                }
            }
            return object;
        }
        String pointer = pointerOf(base, index);
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = NODES.arrayNode();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                array.add(next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY
                        ? read(parser, pointer + "/" + array.size(), problems) : scalar(parser, next));
            }
            return array;
        }
        return scalar(parser, token);
    }

    /** {@code base}, or {@code base/index} for an element read with its index. */
    private static String pointerOf(String base, int index) {
        return index < 0 ? base : base + "/" + index;
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new com.fasterxml.jackson.core.JsonParseException(parser, "Unexpected token " + token);
        };
    }
}
