package com.meritarchive.decisionlog;

import java.util.Arrays;
import java.util.Optional;

/** What was decided: one kind per decision endpoint, and the deletion of a recorded decision. */
public enum DecisionKind {
    ANNUAL, QUARTERLY, STEP_DOWN, DOCUMENTS_ANNUAL, DOCUMENTS_QUARTERLY, DOCUMENTS_STEP_DOWN, DELETION;

    /**
     * Whether the answer is a function of the recorded request and rule set alone, so that it can be
     * decided again, byte for byte, from the record (the reproducibility check holds every recorded
     * answer to that): the decision endpoints' answers are; a documents answer also depends on the
     * dates in its query, which are not recorded.
     */
    public boolean recomputable() {
        return this == ANNUAL || this == QUARTERLY || this == STEP_DOWN;
    }

    static Optional<DecisionKind> parse(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
