package com.meritarchive.decision.fact;

import java.util.List;

/**
 * An early warning (POLICY.md "Early warning", W1-W6): the outcome {@code code} that the subject is
 * one quarter away from, the clause that warns, the condition as one Chinese sentence and the
 * records the warning rests on. Advice only: a warning never becomes a record or an outcome.
 */
public record Warning(String subjectType, String subjectId, String code, String rule, String message,
        List<String> evidence) {

    /** The placeholders a warning table's sentence may use, and what replaces them. */
    public static final String NEXT_QUARTER = "{下一季度}";
    public static final String YEAR = "{年度}";
    public static final String INDICATOR = "{指标}";
    public static final String COUNT = "{次数}";

    public Warning {
        rule = Clause.of(rule);
        evidence = List.copyOf(evidence);
    }

    /**
     * The warning a row of the warning table gives for a foreseen outcome: {@code sentence} with
     * {下一季度} → "2017 年第 2 季度", {年度} → the next quarter's year, {指标} → the run's
     * indicator, {次数} → the records (or quarters in a row) so far.
     */
    public static Warning of(Foreseen foreseen, String sentence, String rule) {
        Outlook outlook = foreseen.outlook();
        String message = sentence.strip()
                .replace(NEXT_QUARTER, outlook.year() + " 年第 " + outlook.quarter() + " 季度")
                .replace(YEAR, String.valueOf(outlook.year()))
                .replace(INDICATOR, outlook.indicator() == null ? "" : outlook.indicator())
                .replace(COUNT, String.valueOf(outlook.count()));
        return new Warning(foreseen.subjectType(), foreseen.subjectId(), foreseen.code(), rule, message,
                foreseen.evidence());
    }
}
