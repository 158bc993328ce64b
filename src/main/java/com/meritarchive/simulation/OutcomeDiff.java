package com.meritarchive.simulation;

import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.simulation.Simulation.Change;
import com.meritarchive.simulation.Simulation.CodeCount;
import com.meritarchive.simulation.Simulation.WarningRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares what two rule sets gave each subject: counts per code, and every subject whose codes
 * differ; when both sides' warnings are known, the warnings alike (counts per outcome warned of,
 * and the warnings each changed subject gained or lost), beside the outcomes.
 */
final class OutcomeDiff {

    private OutcomeDiff() {
    }

    static Simulation between(RuleSetRef baselineRef, RuleSetRef candidateRef, Decided baseline, Decided candidate,
            SubjectNames names) {
        boolean warnings = baseline.warnings() != null && candidate.warnings() != null;
        SortedMap<String, int[]> counts = new TreeMap<>(); // code → baseline, candidate, gained, lost
        SortedMap<String, int[]> warningCounts = new TreeMap<>();
        List<Unnamed> changes = new ArrayList<>();
        List<SubjectRef> subjects = union(baseline.results().withCodes(), candidate.results().withCodes());
        if (warnings) {
            subjects = union(subjects, union(baseline.warnings().subjects(), candidate.warnings().subjects()));
        }
        Function<SubjectRef, SortedMap<String, SortedSet<String>>> wasOf = baseline.results().inOrder();
        Function<SubjectRef, SortedMap<String, SortedSet<String>>> isOf = candidate.results().inOrder();
        for (SubjectRef subject : subjects) {
            SortedMap<String, SortedSet<String>> was = wasOf.apply(subject);
            SortedMap<String, SortedSet<String>> is = isOf.apply(subject);
            was.keySet().forEach(code -> counts.computeIfAbsent(code, k -> new int[4])[0]++);
            is.keySet().forEach(code -> counts.computeIfAbsent(code, k -> new int[4])[1]++);
            boolean sameCodes = was.keySet().equals(is.keySet()); // most subjects: no stream to build
            List<String> gained = sameCodes ? List.of() : is.keySet().stream().filter(code -> !was.containsKey(code)).toList();
            List<String> lost = sameCodes ? List.of() : was.keySet().stream().filter(code -> !is.containsKey(code)).toList();
            gained.forEach(code -> counts.get(code)[2]++);
            lost.forEach(code -> counts.get(code)[3]++);
            List<WarningRef> gainedWarnings = null;
            List<WarningRef> lostWarnings = null;
            if (warnings) {
                SortedSet<WarningRef> warned = baseline.warnings().of(subject);
                SortedSet<WarningRef> warns = candidate.warnings().of(subject);
                count(warningCounts, warned, 0);
                count(warningCounts, warns, 1);
                gainedWarnings = warns.stream().filter(w -> !warned.contains(w)).toList();
                lostWarnings = warned.stream().filter(w -> !warns.contains(w)).toList();
                count(warningCounts, gainedWarnings, 2);
                count(warningCounts, lostWarnings, 3);
            }
            boolean warningsDiffer = warnings && !(gainedWarnings.isEmpty() && lostWarnings.isEmpty());
            if (gained.isEmpty() && lost.isEmpty() && !warningsDiffer) {
                continue;
            }
            SortedSet<String> rules = new TreeSet<>();
            gained.forEach(code -> rules.addAll(is.get(code)));
            lost.forEach(code -> rules.addAll(was.get(code)));
            changes.add(new Unnamed(subject, gained, lost, List.copyOf(was.keySet()), List.copyOf(is.keySet()),
                    List.copyOf(rules), gainedWarnings, lostWarnings));
        }
        Set<SubjectRef> changed = new HashSet<>();
        changes.forEach(change -> changed.add(change.subject()));
        SubjectNames.Found found = names.of(changed);
        return new Simulation(baselineRef, candidateRef, summary(counts), changes.stream().map(c -> c.named(found)).toList(),
                warnings ? summary(warningCounts) : null);
    }

    /** A change before the subject's name and unit are looked up (once, for all changes). */
    private record Unnamed(SubjectRef subject, List<String> gained, List<String> lost, List<String> before,
            List<String> after, List<String> rules, List<WarningRef> gainedWarnings, List<WarningRef> lostWarnings) {

        Change named(SubjectNames.Found found) {
            return new Change(subject.type(), subject.id(), found.name(subject), found.unit(subject), gained, lost, before,
                    after, rules, gainedWarnings, lostWarnings);
        }
    }

    /**
     * The subjects of two collections sorted by type and id (the sides' subjects are), in that order
     * and each once: merged in one pass rather than inserted into a tree, which for a province's
     * 204,000 subjects was a fourth of the diff's samples in a JFR profile.
     */
    static List<SubjectRef> union(Collection<SubjectRef> first, Collection<SubjectRef> second) {
        List<SubjectRef> all = new ArrayList<>(Math.max(first.size(), second.size()));
        Iterator<SubjectRef> firsts = first.iterator();
        Iterator<SubjectRef> seconds = second.iterator();
        SubjectRef a = firsts.hasNext() ? firsts.next() : null;
        SubjectRef b = seconds.hasNext() ? seconds.next() : null;
        while (a != null || b != null) {
            int order = a == null ? 1 : b == null ? -1 : a.compareTo(b);
            all.add(order <= 0 ? a : b);
            if (order <= 0) {
                a = firsts.hasNext() ? firsts.next() : null;
            }
            if (order >= 0) {
                b = seconds.hasNext() ? seconds.next() : null;
            }
        }
        return all;
    }

    /** Counts each outcome warned of once per subject, in column {@code column}. */
    private static void count(SortedMap<String, int[]> counts, Collection<WarningRef> warnings, int column) {
        warnings.stream().map(WarningRef::code).distinct().forEach(code -> counts.computeIfAbsent(code, k -> new int[4])[column]++);
    }

    private static SortedMap<String, CodeCount> summary(SortedMap<String, int[]> counts) {
        SortedMap<String, CodeCount> summary = new TreeMap<>();
        counts.forEach((code, c) -> summary.put(code, new CodeCount(c[0], c[1], c[2], c[3])));
        return summary;
    }
}
