package com.meritarchive.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Derives careless and hostile bodies from a valid request, reproducibly from one seed: deleted,
 * renamed and repeated keys, other JSON types, numbers out of range or huge, unknown codes, nulls,
 * deep nesting, and byte-level damage (truncation, trailing garbage, bytes that are not UTF-8).
 */
final class RequestMutator {

    enum Kind { DELETE, RENAME, DUPLICATE, RETYPE, OUT_OF_RANGE, UNKNOWN_CODE, NULL, HUGE_NUMBER, DEEP_NESTING,
        TRUNCATE, TRAILING, INVALID_UTF8 }

    /** Text written as it is, unquoted (a number no Java type holds, nesting deeper than any limit). */
    private record Raw(String json) {
    }

    /** Where a value sits: its container and its key (object) or index (array). */
    private record Slot(JsonNode container, String key, int index) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Object> OUT_OF_RANGE = List.of(-1, 0, 5, 1948, 3000, 10_001, 2_147_483_648L,
            -2_147_483_649L, 1.5, Integer.MAX_VALUE);
    private static final List<String> UNKNOWN_CODES = List.of("cancelled", "DONE", "ACTIVE ", "", " ", "活跃",
            "COUNTY\u0000", "PERFORMANCE\n", "ＣＡＤＲＥ", "null", "0");
    private static final List<String> HUGE = List.of("1e400", "-1e400", "123456789012345678901234567890",
            "9".repeat(1200), "0." + "1".repeat(2000), "1E-400", "-0");
    private static final List<String> TRAILING = List.of(" xyz", "}", "]", " 1", ",", "{}", "\u0000", " null",
            "/* comment */", "\"tail\"");
    private static final List<byte[]> NOT_UTF8 = List.of(new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});

    private final Random random;
    private final Map<ObjectNode, String> duplicated = new IdentityHashMap<>();
    private final Map<ObjectNode, JsonNode> duplicateValues = new IdentityHashMap<>();

    RequestMutator(long seed) {
        random = new Random(seed);
    }

    Kind kind() {
        return Kind.values()[random.nextInt(Kind.values().length)];
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A copy of {@code body} damaged by {@code kind} (tree kinds change one value; byte kinds the serialised text). */
    byte[] mutate(JsonNode body, Kind kind, ObjectNode wrapper, String wrapperField) {
        duplicated.clear();
        duplicateValues.clear();
        JsonNode copy = body.deepCopy();
        if (kind.ordinal() < Kind.TRUNCATE.ordinal()) {
            mutateTree(copy, kind);
        }
        JsonNode sent = copy;
        if (wrapper != null) {
            ObjectNode outer = wrapper.deepCopy();
            outer.set(wrapperField, copy);
            sent = outer;
        }
        StringBuilder text = new StringBuilder();
        write(sent, text);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return switch (kind) {
            case TRUNCATE -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case TRAILING -> concat(bytes, chance(0.2) ? bytes : pick(TRAILING).getBytes(StandardCharsets.UTF_8));
            case INVALID_UTF8 -> insert(bytes, random.nextInt(bytes.length + 1), pick(NOT_UTF8));
            default -> bytes;
        };
    }

    private void mutateTree(JsonNode root, Kind kind) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (kind == Kind.RENAME || kind == Kind.DUPLICATE) {
            slots.removeIf(slot -> slot.key() == null);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode old = slot.key() != null ? slot.container().get(slot.key()) : slot.container().get(slot.index());
        switch (kind) {
            case DELETE -> {
                if (slot.key() != null) {
                    ((ObjectNode) slot.container()).remove(slot.key());
                } else {
                    ((ArrayNode) slot.container()).remove(slot.index());
                }
            }
            case RENAME -> {
                ObjectNode object = (ObjectNode) slot.container();
                object.remove(slot.key());
                object.set(renamed(slot.key()), old);
            }
            case DUPLICATE -> {
                duplicated.put((ObjectNode) slot.container(), slot.key());
                duplicateValues.put((ObjectNode) slot.container(), chance(0.5) ? old : other(old));
            }
            case RETYPE -> replace(slot, other(old));
            case OUT_OF_RANGE -> replace(slot, NODES.pojoNode(new Raw(String.valueOf(pick(OUT_OF_RANGE)))));
            case UNKNOWN_CODE -> replace(slot, NODES.textNode(pick(UNKNOWN_CODES)));
            case NULL -> replace(slot, NODES.nullNode());
            case HUGE_NUMBER -> replace(slot, NODES.pojoNode(new Raw(pick(HUGE))));
            case DEEP_NESTING -> {
                int depth = List.of(20, 400, 3_000, 20_000).get(random.nextInt(4));
                String deep = chance(0.5) ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                replace(slot, NODES.pojoNode(new Raw(deep)));
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    private String renamed(String key) {
        return switch (random.nextInt(6)) {
            case 0 -> Character.toUpperCase(key.charAt(0)) + key.substring(1);
            case 1 -> key.toLowerCase().equals(key) ? key.toUpperCase() : key.toLowerCase();
            case 2 -> key + "s";
            case 3 -> key + "/x~1";
            case 4 -> " " + key;
            default -> key.substring(0, key.length() - 1);
        };
    }

    /** A value of another JSON type than {@code old}. */
    private JsonNode other(JsonNode old) {
        if (old.isTextual()) {
            return chance(0.5) ? NODES.numberNode(7) : NODES.arrayNode().add(old);
        }
        if (old.isNumber()) {
            return chance(0.5) ? NODES.textNode(old.asText()) : NODES.booleanNode(true);
        }
        if (old.isObject()) {
            return chance(0.5) ? NODES.arrayNode().add(old) : NODES.textNode("{}");
        }
        if (old.isArray()) {
            return chance(0.5) ? NODES.objectNode().set("0", old.size() > 0 ? old.get(0) : NODES.nullNode())
                    : NODES.numberNode(0);
        }
        return NODES.textNode(old.toString());
    }

    private static void replace(Slot slot, JsonNode value) {
        if (slot.key() != null) {
            ((ObjectNode) slot.container()).set(slot.key(), value);
        } else {
            ((ArrayNode) slot.container()).set(slot.index(), value);
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                slots.add(new Slot(node, field.getKey(), -1));
                collect(field.getValue(), slots);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }

    /** JSON text of the tree, with the repeated key written a second time and raw values unquoted. */
    private void write(JsonNode node, StringBuilder out) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof Raw raw) {
            out.append(raw.json());
        } else if (node.isObject()) {
            out.append('{');
            String separator = "";
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                out.append(separator).append(quoted(field.getKey())).append(':');
                write(field.getValue(), out);
                separator = ",";
            }
            String repeated = duplicated.get(node);
            if (repeated != null) {
                out.append(separator).append(quoted(repeated)).append(':');
                write(duplicateValues.get(node), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    private static String quoted(String key) {
        return NODES.textNode(key).toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return insert(first, first.length, second);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
