package com.meritarchive.decision;

import com.meritarchive.decision.fact.Outcome;
import com.meritarchive.request.SubjectRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Shapes the outcomes the rules inserted into the answer: one entry per subject of the request
 * (sorted by id, empty when nothing applies), one outcome per code and rule with the union of
 * the evidence of every match (a rule that matched two runs reports both), sorted.
 */
final class OutcomeGrouping {

    private final Map<String, Map<String, SortedSet<String>>> bySubject = new HashMap<>();

    OutcomeGrouping(Collection<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            bySubject.computeIfAbsent(SubjectRef.keyOf(outcome.subjectType(), outcome.subjectId()), k -> new TreeMap<>())
                    .computeIfAbsent(outcome.code() + "\u0000" + outcome.rule(), k -> new TreeSet<>())
                    .addAll(outcome.evidence());
        }
    }

    List<SubjectOutcomes> subjects(String subjectType, Collection<String> ids) {
        List<SubjectOutcomes> subjects = new ArrayList<>();
        for (String id : new TreeSet<>(ids)) {
            List<OutcomeView> outcomes = new ArrayList<>();
            bySubject.getOrDefault(SubjectRef.keyOf(subjectType, id), Map.of()).forEach((codeAndRule, evidence) -> {
                String[] parts = codeAndRule.split("\u0000", 2);
                outcomes.add(new OutcomeView(parts[0], parts[1], List.copyOf(evidence)));
            });
            subjects.add(new SubjectOutcomes(id, outcomes));
        }
        return subjects;
    }
}
