package com.meritarchive.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.meritarchive.decision.RuleSetRef;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;

/**
 * The difference two rule sets make on one dataset (CONTRACT.md "simulations"): per outcome code
 * how many subjects have it under each and how many gain or lose it, and every subject whose
 * outcomes differ, sorted by type and id. On a quarterly dataset the early warnings too (issue 17):
 * {@code warningSummary} counts, per outcome warned of, the subjects warned under each side, and a
 * subject whose warnings differ is a change with its {@code gainedWarnings} and {@code lostWarnings}
 * (absent, like {@code warningSummary}, when a side's warnings are not known: a year-end dataset, a
 * step-down, an answer recorded before warnings).
 */
public record Simulation(RuleSetRef baseline, RuleSetRef candidate, SortedMap<String, CodeCount> summary,
        List<Change> changes, @JsonInclude(JsonInclude.Include.NON_NULL) SortedMap<String, CodeCount> warningSummary) {

    /** A simulation without warnings. */
    public Simulation(RuleSetRef baseline, RuleSetRef candidate, SortedMap<String, CodeCount> summary, List<Change> changes) {
        this(baseline, candidate, summary, changes, null);
    }

    /** Subjects with the code under the baseline and the candidate, and how many gained or lost it. */
    public record CodeCount(int baseline, int candidate, int gained, int lost) {
    }

    /**
     * A subject whose outcomes (or warnings) differ, with its name and unit for people, its codes
     * before and after, the clauses that gave or took the changed codes, and the warnings the
     * candidate gives that the baseline did not ({@code gainedWarnings}) and the reverse.
     */
    public record Change(String subjectType, String subjectId, String name, String unit, List<String> gained,
            List<String> lost, List<String> before, List<String> after, List<String> rules,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<WarningRef> gainedWarnings,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<WarningRef> lostWarnings) {

        public Change(String subjectType, String subjectId, String name, String unit, List<String> gained, List<String> lost,
                List<String> before, List<String> after, List<String> rules) {
            this(subjectType, subjectId, name, unit, gained, lost, before, after, rules, null, null);
        }
    }

    /** A warning as a simulation compares it: the outcome warned of and the clause (W1-W6) that warns. */
    public record WarningRef(String code, String rule) implements Comparable<WarningRef> {

        private static final Comparator<WarningRef> ORDER = Comparator.comparing(WarningRef::rule).thenComparing(WarningRef::code);

        @Override
        public int compareTo(WarningRef other) {
            return ORDER.compare(this, other);
        }
    }
}
