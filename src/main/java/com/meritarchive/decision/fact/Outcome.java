package com.meritarchive.decision.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An outcome a rule decided for a subject: the code (free text, so a new spreadsheet row can
 * add one), the rule that decided it (the clause ID) and the records that justify it. An outcome
 * decided on a foreseen fact carries that fact's {@link Outlook}: it is only looked at by the
 * warning rules (warnings.drl) and removed before the answer; a decided outcome has none.
 */
public record Outcome(String subjectType, String subjectId, String code, String rule, List<String> evidence,
        Outlook outlook) {

    public Outcome {
        rule = Clause.of(rule);
    }

    public Outcome(String subjectType, String subjectId, String code, String rule, List<String> evidence) {
        this(subjectType, subjectId, code, rule, evidence, null);
    }

    /** {@code SO_FAR} or {@code NEXT} for an outcome decided on a foreseen fact, null for a decided outcome. */
    public String foresight() {
        return outlook == null ? null : outlook.when();
    }

    /** Codes in one spreadsheet cell may be separated by ASCII or Chinese commas. */
    private static final Pattern CODE_SEPARATOR = Pattern.compile("[,，、;；\\s]+");

    /** One outcome per code listed in {@code codes}, all with the same rule and evidence. */
    public static List<Outcome> of(String subjectType, String subjectId, String codes, String rule,
            List<String> evidence) {
        return of(subjectType, subjectId, codes, rule, evidence, null);
    }

    private static List<Outcome> of(String subjectType, String subjectId, String codes, String rule,
            List<String> evidence, Outlook outlook) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String code : CODE_SEPARATOR.split(codes.strip())) {
            if (!code.isEmpty()) {
                outcomes.add(new Outcome(subjectType, subjectId, code, rule, evidence, outlook));
            }
        }
        return outcomes;
    }

    public static List<Outcome> of(Tally tally, String codes, String rule) {
        return of(tally.subjectType(), tally.subjectId(), codes, rule, tally.performanceIds(), tally.outlook());
    }

    public static List<Outcome> of(Run run, String codes, String rule) {
        return of(run.subjectType(), run.subjectId(), codes, rule, run.evidence(), run.outlook());
    }
}
