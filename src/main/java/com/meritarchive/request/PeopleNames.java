package com.meritarchive.request;

import java.util.Arrays;
import java.util.Objects;

/**
 * The names of a request's units and cadres, in the order of its lists, for a simulation, which
 * shows the names of the subjects whose outcomes differ ({@link RequestReader#simulation}). They
 * are kept as one text per list rather than as a string per name: a province's 204,000 names are
 * then a few objects for the garbage collector to copy while both sides are decided, instead of
 * 408,000 (each string and its bytes).
 */
public final class PeopleNames {

    private final Column units = new Column();
    private final Column cadres = new Column();

    /** The name of the request's unit at {@code index} of its {@code units}. */
    public String unit(int index) {
        return units.get(index);
    }

    /** The name of the request's cadre at {@code index} of its {@code cadres}. */
    public String cadre(int index) {
        return cadres.get(index);
    }

    void addUnit(String name) {
        units.add(name);
    }

    void addCadre(String name) {
        cadres.add(name);
    }

    /** Texts one after another, each found by where it ends. */
    private static final class Column {

        private final StringBuilder text = new StringBuilder();
        private int[] ends = new int[64];
        private int size;

        /** A missing name (the request is refused then) stands as an empty text, so that positions stay the list's. */
        void add(String name) {
            text.append(name == null ? "" : name);
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
            }
            ends[size++] = text.length();
        }

        String get(int index) {
            Objects.checkIndex(index, size);
            return text.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
        }
    }
}
