package com.meritarchive.simulation;

import com.meritarchive.decision.RuleSetRef;
import java.util.List;
import java.util.SortedMap;

/**
 * The difference two rule sets make on one dataset (CONTRACT.md "simulations"): per outcome code
 * how many subjects have it under each and how many gain or lose it, and every subject whose
 * outcomes differ, sorted by type and id.
 */
public record Simulation(RuleSetRef baseline, RuleSetRef candidate, SortedMap<String, CodeCount> summary,
        List<Change> changes) {

    /** Subjects with the code under the baseline and the candidate, and how many gained or lost it. */
    public record CodeCount(int baseline, int candidate, int gained, int lost) {
    }

    /**
     * A subject whose outcomes differ, with its name and unit for people, its codes before and
     * after, and the clauses that gave or took the changed codes.
     */
    public record Change(String subjectType, String subjectId, String name, String unit, List<String> gained,
            List<String> lost, List<String> before, List<String> after, List<String> rules) {
    }
}
