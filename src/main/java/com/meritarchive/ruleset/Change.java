package com.meritarchive.ruleset;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a file or a line differs between two versions, in the words the API answers with
 * ({@code "added"}, {@code "removed"}, {@code "changed"}), so that a client reads one vocabulary
 * for files and lines.
 */
public enum Change {
    ADDED, REMOVED, CHANGED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
