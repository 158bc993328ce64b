package com.meritarchive.decision;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * Reads a request body as a JSON tree and checks it into typed input in one step, so that the
 * tree (hundreds of megabytes for a province) is garbage before the rules run, not kept alive
 * by the controller while they decide.
 */
public final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {
    }

    /** The checked request; malformed JSON (or no JSON at all) is a {@link JsonParseException} (400). */
    public static <T> T read(InputStream body, Function<JsonNode, T> check) throws IOException {
        JsonNode tree = JSON.readTree(body);
        if (tree == null || tree instanceof MissingNode) {
            throw new JsonParseException(null, "The body is empty: a JSON object is expected");
        }
        return check.apply(tree);
    }
}
