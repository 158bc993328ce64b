package com.meritarchive.decision;

import java.util.List;

/** An outcome in an answer: its code, the clause that decided it and the ids of the records behind it. */
public record OutcomeView(String code, String rule, List<String> evidence) {
}
