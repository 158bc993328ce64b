package com.meritarchive.simulation;

import com.meritarchive.decision.AnnualDecision;
import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.decision.RecordInput;
import com.meritarchive.decision.SubjectOutcomes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a decision gave each subject, as codes with the clauses behind them, so that two
 * decisions can be compared. A quarterly decision's new records and cancellations count as
 * results too ({@code NEW_PERFORMANCE}, {@code NEW_PROBLEM_TRACE}, {@code TRACE_CANCELLED}),
 * so that "what if the top rank were 5" shows whom it gives a record.
 */
final class SubjectResults {

    static final String NEW_RECORD_PREFIX = "NEW_";
    static final String TRACE_CANCELLED = "TRACE_CANCELLED";

    /** subject key ("CADRE:C001") → code → clauses that gave it. */
    final SortedMap<String, SortedMap<String, SortedSet<String>>> codes = new TreeMap<>();

    void addAnnual(AnnualDecision decision) {
        add("CADRE", decision.cadres());
        add("UNIT", decision.units());
    }

    void addQuarterly(QuarterlyDecision decision, Collection<RecordInput> earlierRecords) {
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

    private void add(String subjectType, Collection<SubjectOutcomes> subjects) {
        for (SubjectOutcomes subject : subjects) {
            codes.computeIfAbsent(subjectType + ":" + subject.id(), k -> new TreeMap<>());
            subject.outcomes().forEach(o -> put(subjectType + ":" + subject.id(), o.code(), o.rule()));
        }
    }

    private void put(String subject, String code, String rule) {
        codes.computeIfAbsent(subject, k -> new TreeMap<>()).computeIfAbsent(code, k -> new TreeSet<>()).add(rule);
    }

    SortedMap<String, SortedSet<String>> of(String subject) {
        return codes.getOrDefault(subject, new TreeMap<>());
    }
}
