package com.meritarchive.decision;

import com.meritarchive.request.RecordInput;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.Vocabulary;
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
 * expect (scenarios). A quarterly decision's new records and cancellations count as results too
 * ({@code NEW_PERFORMANCE}, {@code NEW_PROBLEM_TRACE}, {@code TRACE_CANCELLED}), so that "what if
 * the top rank were 5" shows whom it gives a record.
 */
public final class SubjectResults {

    public static final String NEW_RECORD_PREFIX = "NEW_";
    public static final String TRACE_CANCELLED = "TRACE_CANCELLED";

    /** subject → code → clauses that gave it. */
    private final SortedMap<SubjectRef, SortedMap<String, SortedSet<String>>> codes = new TreeMap<>();

    public void addAnnual(AnnualDecision decision) {
        add(Vocabulary.CADRE, decision.cadres());
        add(Vocabulary.UNIT, decision.units());
    }

    public void addQuarterly(QuarterlyDecision decision, Collection<RecordInput> earlierRecords) {
        add(Vocabulary.CADRE, decision.cadres());
        add(Vocabulary.UNIT, decision.units());
        decision.newRecords().forEach(r -> put(new SubjectRef(r.subjectType(), r.subjectId()), NEW_RECORD_PREFIX + r.type(),
                r.rule()));
        Map<String, RecordInput> byId = new HashMap<>();
        earlierRecords.forEach(r -> byId.put(r.id(), r));
        decision.cancellations().forEach(c -> {
            RecordInput record = byId.get(c.recordId());
            if (record != null) {
                put(new SubjectRef(record.subjectType(), record.subjectId()), TRACE_CANCELLED, c.rule());
            }
        });
    }

    /** A step-down decision as the result of the applicant. */
    public void addStepDown(SubjectRef applicant, StepDownAnswer answer) {
        put(applicant, answer.decision(), answer.rule());
    }

    private void add(String subjectType, Collection<SubjectOutcomes> subjects) {
        for (SubjectOutcomes subject : subjects) {
            SubjectRef ref = new SubjectRef(subjectType, subject.id());
            codes.computeIfAbsent(ref, k -> new TreeMap<>());
            subject.outcomes().forEach(o -> put(ref, o.code(), o.rule()));
        }
    }

    private void put(SubjectRef subject, String code, String rule) {
        codes.computeIfAbsent(subject, k -> new TreeMap<>()).computeIfAbsent(code, k -> new TreeSet<>()).add(rule);
    }

    /** The codes of a subject with the clauses that gave each; empty when none. */
    public SortedMap<String, SortedSet<String>> of(SubjectRef subject) {
        return codes.getOrDefault(subject, new TreeMap<>());
    }

    /** Every subject of the decision, with or without results, cadres first, then by id. */
    public Set<SubjectRef> subjects() {
        return codes.keySet();
    }
}
