package com.meritarchive.decision.fact;

/** The year an annual decision is made for; the rules derive their windows from it. */
public record DecisionYear(int year) {
}
