package com.meritarchive.decision.fact;

/** What the step-down table decided for an application, and the rule row that decided it. */
public record StepDownDecision(String cadreId, String decision, String rule) {

    public StepDownDecision {
        rule = Clause.of(rule);
    }
}
