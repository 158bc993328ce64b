package com.meritarchive.decision.fact;

/**
 * The clause ID of a rule is the first word of its name: a table row named {@code A1} or
 * {@code S1 待单位意见} reports {@code A1} or {@code S1}, so that policy staff may describe a row
 * after its ID while answers keep citing POLICY.md.
 */
public final class Clause {

    private Clause() {
    }

    public static String of(String ruleName) {
        String name = ruleName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
