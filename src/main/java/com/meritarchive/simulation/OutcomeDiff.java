package com.meritarchive.simulation;

import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.decision.SubjectResults;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.simulation.Simulation.Change;
import com.meritarchive.simulation.Simulation.CodeCount;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Compares what two rule sets gave each subject: counts per code, and every subject whose codes differ. */
final class OutcomeDiff {

    private OutcomeDiff() {
    }

    static Simulation between(RuleSetRef baselineRef, RuleSetRef candidateRef, SubjectResults before,
            SubjectResults after, SubjectNames names) {
        SortedMap<String, int[]> counts = new TreeMap<>(); // code → baseline, candidate, gained, lost
        List<Change> changes = new ArrayList<>();
        SortedSet<SubjectRef> subjects = new TreeSet<>(before.subjects());
        subjects.addAll(after.subjects());
        for (SubjectRef subject : subjects) {
            SortedMap<String, SortedSet<String>> was = before.of(subject);
            SortedMap<String, SortedSet<String>> is = after.of(subject);
            was.keySet().forEach(code -> counts.computeIfAbsent(code, k -> new int[4])[0]++);
            is.keySet().forEach(code -> counts.computeIfAbsent(code, k -> new int[4])[1]++);
            List<String> gained = is.keySet().stream().filter(code -> !was.containsKey(code)).toList();
            List<String> lost = was.keySet().stream().filter(code -> !is.containsKey(code)).toList();
            if (gained.isEmpty() && lost.isEmpty()) {
                continue;
            }
            gained.forEach(code -> counts.get(code)[2]++);
            lost.forEach(code -> counts.get(code)[3]++);
            SortedSet<String> rules = new TreeSet<>();
            gained.forEach(code -> rules.addAll(is.get(code)));
            lost.forEach(code -> rules.addAll(was.get(code)));
            changes.add(new Change(subject.type(), subject.id(), names.name(subject), names.unit(subject), gained, lost,
                    List.copyOf(was.keySet()), List.copyOf(is.keySet()), List.copyOf(rules)));
        }
        SortedMap<String, CodeCount> summary = new TreeMap<>();
        counts.forEach((code, c) -> summary.put(code, new CodeCount(c[0], c[1], c[2], c[3])));
        return new Simulation(baselineRef, candidateRef, summary, changes);
    }
}
