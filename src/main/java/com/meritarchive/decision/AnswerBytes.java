package com.meritarchive.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one way a decision's answer becomes bytes: {@code "decisionId"} first, then the answer. The
 * endpoints and {@link Redecider} share it, so that deciding a recorded request again with its own
 * version can reproduce the recorded bytes exactly.
 */
public final class AnswerBytes {

    private AnswerBytes() {
    }

    /** {@code decisionId} null: no id in the answer (recording off). */
    public static byte[] write(ObjectMapper json, String decisionId, Object decision) throws JsonProcessingException {
        return json.writeValueAsBytes(new RecordedAnswer<>(decisionId, decision));
    }
}
