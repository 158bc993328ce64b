package com.meritarchive.decision.fact;

import java.util.List;

/** Evidence lists are sorted so that the same input always gives byte-identical answers. */
final class Sorted {

    private Sorted() {
    }

    static List<String> copyOf(List<String> ids) {
        return ids.isEmpty() ? List.of() : ids.stream().sorted().toList();
    }
}
