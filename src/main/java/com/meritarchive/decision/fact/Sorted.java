package com.meritarchive.decision.fact;

import java.util.Arrays;
import java.util.List;

/** Evidence lists are sorted so that the same input always gives byte-identical answers. */
final class Sorted {

    private Sorted() {
    }

    /** An unmodifiable sorted copy; most evidence is one id, which needs no sorting. */
    static List<String> copyOf(List<String> ids) {
        if (ids.size() <= 1) {
            return ids.isEmpty() ? List.of() : List.of(ids.get(0));
        }
        String[] sorted = ids.toArray(String[]::new);
        Arrays.sort(sorted);
        return List.of(sorted);
    }
}
