package com.meritarchive.decision;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a decision gave each subject, as codes with the clauses behind them, so that two
 * decisions can be compared (simulations) or a decision checked against what policy staff
 * expect (scenarios). A quarterly decision's new records and cancellations count as results too ({@code NEW_PERFORMANCE}, {@code NEW_PROBLEM_TRACE}, {@code TRACE_CANCELLED}),
 * so that "what if the top rank were 5" shows whom it gives a record.
 */
public final class SubjectResults {

    public static final String NEW_RECORD_PREFIX = "NEW_";
    public static final String TRACE_CANCELLED = "TRACE_CANCELLED";

    /** subject key ("CADRE:C001") → code → clauses that gave it. */
    private final SortedMap<String, SortedMap<String, SortedSet<String>>> codes = new TreeMap<>();

    public void addAnnual(AnnualDecision decision) {
        add("CADRE", decision.cadres());
        add("UNIT", decision.units());
    }

    public void addQuarterly(QuarterlyDecision decision, Collection<RecordInput> earlierRecords) {
        add("CADRE", decision.cadres());
        add("UNIT", decision.units());
        decision.newRecords().forEach(r -> put(r.subjectType() + ":" + r.subjectId(), NEW_RECORD_PREFIX + r.type(), r.rule()));
        Map<String, RecordInput> byId = new HashMap<>();
        earlierRecords.forEach(r -> byId.put(r.id(), r));
        decision.cancellations().forEach(c -> {
            RecordInput record = byId.get(c.recordId());
            if (record != null) {
                put(record.subjectType() + ":" + record.subjectId(), TRACE_CANCELLED, c.rule());
            }
        });
    }

    /** A step-down decision as the result of the applicant. */
    public void addStepDown(String subject, StepDownAnswer answer) {
        put(subject, answer.decision(), answer.rule());
    }

    private void add(String subjectType, Collection<SubjectOutcomes> subjects) {
        for (SubjectOutcomes subject : subjects) {
            codes.computeIfAbsent(subjectType + ":" + subject.id(), k -> new TreeMap<>());
            subject.outcomes().forEach(o -> put(subjectType + ":" + subject.id(), o.code(), o.rule()));
        }
    }

    private void put(String subject, String code, String rule) {
        codes.computeIfAbsent(subject, k -> new TreeMap<>()).computeIfAbsent(code, k -> new TreeSet<>()).add(rule);
    }

    /** The codes of a subject ("CADRE:C001") with the clauses that gave each; empty when none. */
    public SortedMap<String, SortedSet<String>> of(String subject) {
        return codes.getOrDefault(subject, new TreeMap<>());
    }

    /** Every subject of the decision, with or without results. */
    public Set<String> subjects() {
        return codes.keySet();
    }
}
