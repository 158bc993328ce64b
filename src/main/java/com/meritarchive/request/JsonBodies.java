package com.meritarchive.request;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.request.InvalidRequestException.InvalidField;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads a request body and checks it into typed input in one step. Decision requests are
 * streamed ({@link JsonSource}): a province's body never exists as one JSON tree, and nothing
 * of it but the checked input is alive while the rules decide. Malformed JSON is a
 * {@link com.fasterxml.jackson.core.JsonProcessingException} (400), and so are bytes that are not
 * UTF-8 (Jackson alone would decode an overlong {@code C0 80} into {@code \u0000}) and anything
 * after the one JSON value (a body sent twice must not be half read).
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
        try (JsonParser parser = JSON.getFactory().createParser(utf8(body))) {
            T checked;
            try {
                checked = check.apply(parser);
            } catch (InvalidRequestException e) {
                requireEnd(parser); // malformed JSON (400) comes before invalid fields (422)
                throw e;
            }
            requireEnd(parser);
            return checked;
        } catch (CharacterCodingException e) {
            throw new JsonParseException(null, "bytes that are not UTF-8 (an overlong, surrogate or cut-off sequence, or another encoding such as GBK); send the body as UTF-8");
        }
    }

    /**
     * A small body (a step-down application, a publication) read as one tree; the check gets the
     * keys that appeared twice in one object.
     */
    static <T> T read(InputStream body, BiFunction<JsonNode, List<InvalidField>, T> check) throws IOException {
        return stream(body, parser -> {
            if (parser.nextToken() == null) {
                throw new JsonParseException(parser, "The body is empty: a JSON object is expected");
            }
            List<InvalidField> duplicates = new ArrayList<>();
            JsonNode tree = StrictTree.read(parser, "", duplicates);
            return check.apply(tree, duplicates);
        });
    }

    /** The body as strict UTF-8: a malformed or overlong sequence is an error, never a replacement character. */
    private static Reader utf8(InputStream body) {
        return new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Nothing but whitespace may follow the value; the parser stands on its last token (or its first, if unread). */
    private static void requireEnd(JsonParser parser) throws IOException {
        parser.skipChildren();
        JsonToken next;
        try {
            next = parser.nextToken();
        } catch (JsonParseException e) {
            throw new JsonParseException(parser, "Trailing content after the JSON value: " + e.getOriginalMessage());
        }
        if (next != null) {
            throw new JsonParseException(parser, "Trailing content after the JSON value: '" + parser.getText() + "'");
        }
    }
}
