package com.meritarchive.decision.fact;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named value from a parameter table (e.g. {@code ARCHIVABLE_ROLES}), so that DRL rules read
 * policy settings from a spreadsheet cell instead of a literal.
 *
 * @param values the value as a list, for cells that hold several codes separated by commas (or
 *        、，;； and white space): split once, when the fact is made. A rule that binds it
 *        ({@code Parameter( $roles : values )}) reads it again at every join it takes part in:
 *        splitting there each time was about a tenth of a province's quarterly decision
 *        (in-process, 396 against 362 ms).
 */
public record Parameter(String name, String value, List<String> values) {

    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");

    /** The parameter {@code name} with the text of its cell. */
    public Parameter(String name, String value) {
        this(name, value, split(value));
    }

    public Parameter {
        Objects.requireNonNull(value, () -> "Parameter " + name + " has no value");
        if (!values.equals(split(value))) {
            throw new IllegalArgumentException("The values of " + name + " must be those its value '" + value + "' lists");
        }
        values = List.copyOf(values);
    }

    public int intValue() {
        return Integer.parseInt(value.strip());
    }

    private static List<String> split(String value) {
        return Arrays.stream(SEPARATORS.split(value)).filter(v -> !v.isEmpty()).toList();
    }
}
