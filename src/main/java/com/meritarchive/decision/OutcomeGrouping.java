package com.meritarchive.decision;

import com.meritarchive.decision.fact.Outcome;
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

    /** Subject type → subject id → code and rule → evidence. */
    private final Map<String, Map<String, Map<String, SortedSet<String>>>> bySubject = new HashMap<>();

    OutcomeGrouping(Collection<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            bySubject.computeIfAbsent(outcome.subjectType(), k -> new HashMap<>())
                    .computeIfAbsent(outcome.subjectId(), k -> new TreeMap<>())
                    .computeIfAbsent(outcome.code() + "\u0000" + outcome.rule(), k -> new TreeSet<>())
                    .addAll(outcome.evidence());
        }
    }

    /** The subjects of one type, sorted by id ({@code ids} are unique: the request's checks saw to that). */
    List<SubjectOutcomes> subjects(String subjectType, Collection<String> ids) {
        Map<String, Map<String, SortedSet<String>>> ofType = bySubject.getOrDefault(subjectType, Map.of());
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null); // already in order in most requests: one pass
        List<SubjectOutcomes> subjects = new ArrayList<>(sorted.size());
        for (String id : sorted) {
            List<OutcomeView> outcomes = new ArrayList<>();
            ofType.getOrDefault(id, Map.of()).forEach((codeAndRule, evidence) -> {
                String[] parts = codeAndRule.split("\u0000", 2);
                outcomes.add(new OutcomeView(parts[0], parts[1], List.copyOf(evidence)));
            });
            subjects.add(new SubjectOutcomes(id, outcomes));
        }
        return subjects;
    }
}
