package com.meritarchive.request;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * Reads a request body and checks it into typed input in one step. Decision requests are
 * streamed ({@link JsonSource}): a province's body never exists as one JSON tree, and nothing
 * of it but the checked input is alive while the rules decide. Malformed JSON is a
 * {@link com.fasterxml.jackson.core.JsonProcessingException} (400).
 */
final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {
    }

    /** A check that reads the body token by token. */
    interface StreamCheck<T> {
        T apply(JsonParser parser) throws IOException;
    }

    static <T> T stream(InputStream body, StreamCheck<T> check) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            return check.apply(parser);
        }
    }

    /** A small body (a step-down application, a simulation request) read as one tree. */
    static <T> T read(InputStream body, Function<JsonNode, T> check) throws IOException {
        JsonNode tree = JSON.readTree(body);
        if (tree == null || tree instanceof MissingNode) {
            throw new JsonParseException(null, "The body is empty: a JSON object is expected");
        }
        return check.apply(tree);
    }
}
