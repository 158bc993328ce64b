package com.meritarchive.decision.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An outcome a rule decided for a subject: the code (free text, so a new spreadsheet row can
 * add one), the rule that decided it (the clause ID) and the records that justify it.
 */
public record Outcome(String subjectType, String subjectId, String code, String rule, List<String> evidence) {

    public Outcome {
        rule = Clause.of(rule);
    }

    /** Codes in one spreadsheet cell may be separated by ASCII or Chinese commas. */
    private static final Pattern CODE_SEPARATOR = Pattern.compile("[,，、;；\\s]+");

    /** One outcome per code listed in {@code codes}, all with the same rule and evidence. */
    public static List<Outcome> of(String subjectType, String subjectId, String codes, String rule,
            List<String> evidence) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String code : CODE_SEPARATOR.split(codes.strip())) {
            if (!code.isEmpty()) {
                outcomes.add(new Outcome(subjectType, subjectId, code, rule, evidence));
            }
        }
        return outcomes;
    }

    public static List<Outcome> of(Tally tally, String codes, String rule) {
        return of(tally.subjectType(), tally.subjectId(), codes, rule, tally.performanceIds());
    }

    public static List<Outcome> of(Run run, String codes, String rule) {
        return of(run.subjectType(), run.subjectId(), codes, rule, run.evidence());
    }
}
