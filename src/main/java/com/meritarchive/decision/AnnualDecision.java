package com.meritarchive.decision;

import java.util.List;

/** The answer to the year-end call (CONTRACT.md): every cadre and unit of the request, sorted by id. */
public record AnnualDecision(int year, RuleSetRef ruleSet, List<SubjectOutcomes> cadres, List<SubjectOutcomes> units) {
}
