package com.meritarchive.decisionlog;

import java.util.Arrays;
import java.util.Optional;

/** What was decided: one kind per decision endpoint, and the deletion of a recorded decision. */
public enum DecisionKind {
    ANNUAL, QUARTERLY, STEP_DOWN, DOCUMENTS_ANNUAL, DOCUMENTS_QUARTERLY, DOCUMENTS_STEP_DOWN, DELETION;

    static Optional<DecisionKind> parse(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
