package com.meritarchive.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decisionlog.PendingDecision;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.UnitInput;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What an endpoint that records its decision needs around the deciding: the body as received, the
 * subjects it concerns, and the answer as the bytes that are both stored and sent, with its
 * {@code "decisionId"} first. Shared by the decision and the documents endpoints.
 */
public final class Recording {

    private Recording() {
    }

    /** Reads a body as one kind of request (a method of the strict {@code RequestReader}). */
    @FunctionalInterface
    public interface BodyReader<R> {
        R read(InputStream body) throws IOException;
    }

    /**
     * The body as received, kept for the record: one array of the declared length (a province's
     * 44 MB are not copied while they grow), bounded by {@code merit.max-request-size}
     * ({@code system.RequestSizeFilter} refuses a longer declared length and counts a chunked body).
     */
    public static byte[] body(InputStream body, long declared) throws IOException {
        if (declared < 0 || declared > Integer.MAX_VALUE - 16) {
            return body.readAllBytes();
        }
        byte[] bytes = new byte[(int) declared];
        int read = body.readNBytes(bytes, 0, bytes.length);
        return read == bytes.length ? bytes : Arrays.copyOf(bytes, read);
    }

    /** The cadres and units of the request: every one of them appears in the answer (CONTRACT.md). */
    public static Collection<String> subjects(List<CadreInput> cadres, List<UnitInput> units) {
        List<String> ids = new ArrayList<>(cadres.size() + units.size());
        cadres.forEach(cadre -> ids.add(cadre.id()));
        units.forEach(unit -> ids.add(unit.id()));
        return ids;
    }

    /** The answer's JSON with the pending decision's id as its first member (none when recording is off). */
    public static byte[] answer(ObjectMapper json, PendingDecision pending, Object answer) throws JsonProcessingException {
        return answer(json, pending.id(), answer);
    }

    /**
     * The answer's JSON under {@code decisionId} (null: none): the one way answers become bytes, so
     * that {@link Redecider} can give a recorded answer's bytes again.
     */
    public static byte[] answer(ObjectMapper json, String decisionId, Object answer) throws JsonProcessingException {
        return json.writeValueAsBytes(new RecordedAnswer<>(decisionId, answer));
    }
}
