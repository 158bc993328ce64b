package com.meritarchive.simulation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Chinese names of outcome codes for people (outcome-labels.properties); unknown codes stay as they are. */
public final class OutcomeLabels {

    private static final Properties LABELS = load();

    private OutcomeLabels() {
    }

    /** "ANNUAL_EXCELLENT（年度考核直接评为优秀）", or the code alone when it has no label. */
    public static String describe(String code) {
        String label = LABELS.getProperty(code);
        return label == null ? code : code + "（" + label + "）";
    }

    public static String label(String code) {
        return LABELS.getProperty(code, "");
    }

    private static Properties load() {
        Properties labels = new Properties();
        try (Reader reader = new InputStreamReader(OutcomeLabels.class.getResourceAsStream("/outcome-labels.properties"),
                StandardCharsets.UTF_8)) {
            labels.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
