package com.meritarchive.decision;

/** What happens to a step-down application, and the clause that decided it. */
public record StepDownAnswer(String decision, String rule) {
}
