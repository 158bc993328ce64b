package com.meritarchive.decisionlog;

/**
 * A recorded decision's request and answer as they were received and sent, for features that
 * read the record (a replay decides the request again and compares the answers).
 */
public final class RecordedBodies {

    private RecordedBodies() {
    }

    /** The request body byte for byte; empty for a deletion or an entry read without its request. */
    public static byte[] request(DecisionEntry entry) {
        return entry.requestBody() == null ? new byte[0] : Compression.decompress(entry.requestBody());
    }

    /** The answer's bytes exactly as they were sent ({@code decisionId} included). */
    public static byte[] answer(DecisionEntry entry) {
        return Compression.decompress(entry.answerBody());
    }
}
