package com.meritarchive.decision.fact;

import java.util.List;

/**
 * An outcome a subject is one quarter away from: a table row decided it on the next quarter's
 * facts ({@link Outlook#NEXT}) and not on the year so far. The warning table (Warnings.drl.xlsx,
 * W1-W6) turns the ones it names into {@link Warning}s; it is never an outcome itself.
 */
public record Foreseen(String subjectType, String subjectId, String code, String rule, List<String> evidence,
        Outlook outlook) {

    public static Foreseen of(Outcome outcome) {
        return new Foreseen(outcome.subjectType(), outcome.subjectId(), outcome.code(), outcome.rule(), outcome.evidence(),
                outcome.outlook());
    }
}
