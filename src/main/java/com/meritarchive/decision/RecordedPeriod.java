package com.meritarchive.decision;

/** The year and quarter a decision is recorded under: none for a step-down, no quarter for a year-end. */
record RecordedPeriod(Integer year, Integer quarter) {

    /** The period of an {@link AnnualDecision}, a {@link QuarterlyDecision} or a {@link StepDownAnswer}. */
    static RecordedPeriod of(Object decision) {
        if (decision instanceof AnnualDecision annual) {
            return new RecordedPeriod(annual.year(), null);
        }
        if (decision instanceof QuarterlyDecision quarterly) {
            return new RecordedPeriod(quarterly.year(), quarterly.quarter());
        }
        if (decision instanceof StepDownAnswer) {
            return new RecordedPeriod(null, null);
        }
        throw new IllegalArgumentException("Not a decision: " + decision.getClass().getName());
    }
}
