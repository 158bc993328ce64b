package com.meritarchive.decision.fact;

import java.util.List;

/**
 * An early warning (POLICY.md "Early warning", W1-W6): the outcome {@code code} that the subject is
 * one quarter away from, the clause that warns, the condition as one Chinese sentence and the
 * records the warning rests on. Advice only: a warning never becomes a record or an outcome.
 */
public record Warning(String subjectType, String subjectId, String code, String rule, String message,
        List<String> evidence) {

    public Warning {
        rule = Clause.of(rule);
        evidence = List.copyOf(evidence);
    }
}
