package com.meritarchive.ruleset;

/**
 * One line of a text file (DRL, CSV) that a version removed or added, as a unified diff lists it:
 * a removed line has its 1-based number in the old file ({@code before}), an added line its
 * number in the new one ({@code after}); a changed line is a removal followed by an addition.
 */
public record LineChange(Change change, Integer before, Integer after, String text) {

    static LineChange removed(int before, String text) {
        return new LineChange(Change.REMOVED, before, null, text);
    }

    static LineChange added(int after, String text) {
        return new LineChange(Change.ADDED, null, after, text);
    }
}
