package com.meritarchive.decision;

import com.meritarchive.decision.fact.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Shapes the outcomes the rules inserted into the answer: one entry per subject of the request
 * (sorted by id, empty when nothing applies), one outcome per code and rule with the union of
 * the evidence of every match (a rule that matched two runs reports both), sorted. A province's
 * answer lists 204,000 subjects, most of them with no outcome: those share one empty list.
 */
final class OutcomeGrouping {

    /** An outcome's code and rule, ordered by code, then rule. */
    private record CodeAndRule(String code, String rule) implements Comparable<CodeAndRule> {

        @Override
        public int compareTo(CodeAndRule other) {
            int byCode = code.compareTo(other.code);
            return byCode != 0 ? byCode : rule.compareTo(other.rule);
        }
    }

    /** Subject type → subject id → code and rule → evidence. */
    private final Map<String, Map<String, SortedMap<CodeAndRule, SortedSet<String>>>> bySubject = new HashMap<>();

    OutcomeGrouping(Collection<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            bySubject.computeIfAbsent(outcome.subjectType(), k -> new HashMap<>())
                    .computeIfAbsent(outcome.subjectId(), k -> new TreeMap<>())
                    .computeIfAbsent(new CodeAndRule(outcome.code(), outcome.rule()), k -> new TreeSet<>())
                    .addAll(outcome.evidence());
        }
    }

    /** The subjects of one type, sorted by id ({@code ids} are unique: the request's checks saw to that). */
    List<SubjectOutcomes> subjects(String subjectType, Collection<String> ids) {
        Map<String, SortedMap<CodeAndRule, SortedSet<String>>> ofType = bySubject.getOrDefault(subjectType, Map.of());
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null); // already in order in most requests: one pass
        List<SubjectOutcomes> subjects = new ArrayList<>(sorted.size());
        for (String id : sorted) {
            SortedMap<CodeAndRule, SortedSet<String>> decided = ofType.get(id);
            if (decided == null) {
                subjects.add(new SubjectOutcomes(id, List.of()));
                continue;
            }
            List<OutcomeView> outcomes = new ArrayList<>(decided.size());
            decided.forEach((codeAndRule, evidence) ->
                    outcomes.add(new OutcomeView(codeAndRule.code(), codeAndRule.rule(), List.copyOf(evidence))));
            subjects.add(new SubjectOutcomes(id, outcomes));
        }
        return subjects;
    }
}
