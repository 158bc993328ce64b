package com.meritarchive.decision.fact;

import java.util.Arrays;
import java.util.List;

/**
 * A named value from a parameter table (e.g. {@code ARCHIVABLE_ROLES}), so that DRL rules read
 * policy settings from a spreadsheet cell instead of a literal.
 */
public record Parameter(String name, String value) {

    /** The value as a list, for cells that hold several codes separated by commas. */
    public List<String> values() {
        return Arrays.stream(value.split("[,，、;；\\s]+")).filter(v -> !v.isEmpty()).toList();
    }

    public int intValue() {
        return Integer.parseInt(value.strip());
    }
}
