package com.meritarchive.decisionlog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Reading back what {@link DecisionRecorder#gzip} stored. */
final class Gzip {

    private Gzip() {
    }

    static byte[] unzip(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("A recorded body cannot be decompressed", e);
        }
    }
}
