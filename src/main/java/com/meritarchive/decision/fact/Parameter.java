package com.meritarchive.decision.fact;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named value from a parameter table (e.g. {@code ARCHIVABLE_ROLES}), so that DRL rules read
 * policy settings from a spreadsheet cell instead of a literal.
 *
 * @param values the value as a list, for cells that hold several codes separated by commas (or
 *        、，;； and white space): split once, when the fact is made. A rule that binds it
 *        ({@code Parameter( $roles : values )}) reads it again at every join it takes part in, which
 *        for a province's quarter is some 100,000 times: splitting there each time was a tenth of
 *        the quarterly decision's time.
 */
public record Parameter(String name, String value, List<String> values) {

    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");

    /** The parameter {@code name} with the text of its cell. */
    public Parameter(String name, String value) {
        this(name, value, split(value));
    }

    public Parameter {
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
