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
 * The outcomes are gathered by subject as they come and shaped subject by subject when the answer
 * is listed, in slices on the decision threads ({@link DecisionThreads#slices}): gathering them
 * into sorted maps at once, and looking up and listing 1,000,000 cadres on one thread, took
 * 95 + 125 ms of a 1,000,000-cadre decision (in-process).
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

    private final DecisionThreads threads;
    /** Subject type → subject id → the outcomes the rules gave it, as they came. */
    private final Map<String, Map<String, List<Outcome>>> bySubject = new HashMap<>();

    OutcomeGrouping(Collection<Outcome> outcomes, DecisionThreads threads) {
        this.threads = threads;
        for (Outcome outcome : outcomes) {
            bySubject.computeIfAbsent(outcome.subjectType(), k -> new HashMap<>())
                    .computeIfAbsent(outcome.subjectId(), k -> new ArrayList<>(2)).add(outcome);
        }
    }

    /** The subjects of one type, sorted by id ({@code ids} are unique: the request's checks saw to that). */
    List<SubjectOutcomes> subjects(String subjectType, Collection<String> ids) {
        Map<String, List<Outcome>> ofType = bySubject.getOrDefault(subjectType, Map.of());
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null); // already in order in most requests: one pass
        List<List<SubjectOutcomes>> slices = threads.slices(sorted, slice -> {
            List<SubjectOutcomes> subjects = new ArrayList<>(slice.size());
            for (String id : slice) {
                List<Outcome> decided = ofType.get(id);
                subjects.add(new SubjectOutcomes(id, decided == null ? List.of() : views(decided)));
            }
            return subjects;
        });
        if (slices.size() == 1) {
            return slices.get(0);
        }
        List<SubjectOutcomes> subjects = new ArrayList<>(sorted.size());
        slices.forEach(subjects::addAll);
        return subjects;
    }

    /** One subject's outcomes: one per code and rule, sorted, each with the union of its evidence, sorted. */
    private static List<OutcomeView> views(List<Outcome> outcomes) {
        if (outcomes.size() == 1) {
            Outcome only = outcomes.get(0);
            List<String> evidence = only.evidence();
            return List.of(new OutcomeView(only.code(), only.rule(),
                    List.copyOf(evidence.size() == 1 ? evidence : new TreeSet<>(evidence))));
        }
        SortedMap<CodeAndRule, SortedSet<String>> merged = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            merged.computeIfAbsent(new CodeAndRule(outcome.code(), outcome.rule()), k -> new TreeSet<>())
                    .addAll(outcome.evidence());
        }
        List<OutcomeView> views = new ArrayList<>(merged.size());
        merged.forEach((codeAndRule, evidence) -> views.add(new OutcomeView(codeAndRule.code(), codeAndRule.rule(),
                List.copyOf(evidence))));
        return views;
    }
}
