package com.meritarchive.decision.fact;

/**
 * One indicator's city ranking in the decided quarter. {@code targetRank} is null when the task
 * sets none; the default is a parameter of the quarterly table (Q3).
 */
public record Assessment(String id, String keyWork, String task, String indicator, int rank, int rankedCount,
        Integer targetRank, String leadUnitId) {

    /** Q3: whether the ranking meets the task's target, or {@code defaultTarget} when it has none. */
    public boolean meetsTarget(int defaultTarget) {
        return rank <= (targetRank != null ? targetRank : defaultTarget);
    }
}
