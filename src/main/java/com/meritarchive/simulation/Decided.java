package com.meritarchive.simulation;

import com.meritarchive.decision.SubjectResults;

/**
 * What one side of a simulation decided: each subject's results and, for a quarterly dataset,
 * its warnings ({@code warnings} null for a year or a step-down, which warn of nothing).
 */
record Decided(SubjectResults results, SubjectWarnings warnings) {

    static Decided withoutWarnings(SubjectResults results) {
        return new Decided(results, null);
    }
}
