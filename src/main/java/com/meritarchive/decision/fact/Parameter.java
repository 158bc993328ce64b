package com.meritarchive.decision.fact;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A named value from a parameter table (e.g. {@code ARCHIVABLE_ROLES}), so that DRL rules read
 * policy settings from a spreadsheet cell instead of a literal.
 */
public record Parameter(String name, String value) {

    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");
    /**
     * Cell texts split so far, and their lists: a text is split once, not at every read. A rule that
     * binds the list ({@code Parameter( $roles : values )}) reads it again at every join it takes part
     * in; splitting there each time was about a tenth of a province's quarterly decision (in-process,
     * 396 against 362 ms). Splitting when each fact is made instead cost every decision, a single
     * cadre's too, for parameters never read as lists (82-84 against 85-90 µs in-process).
     */
    private static final Map<String, List<String>> LISTS = new ConcurrentHashMap<>();
    /** The most texts kept: the parameter cells of the rule sets in use are a few dozen. */
    private static final int LISTS_KEPT = 1_000;

    public Parameter {
        Objects.requireNonNull(value, () -> "Parameter " + name + " has no value");
    }

    /** The value as a list, for cells that hold several codes separated by commas (or 、，;； and white space). */
    public List<String> values() {
        List<String> list = LISTS.get(value);
        if (list == null) {
            if (LISTS.size() >= LISTS_KEPT) {
                LISTS.clear();
            }
            list = Arrays.stream(SEPARATORS.split(value)).filter(v -> !v.isEmpty()).toList();
            LISTS.put(value, list);
        }
        return list;
    }

    public int intValue() {
        return Integer.parseInt(value.strip());
    }
}
