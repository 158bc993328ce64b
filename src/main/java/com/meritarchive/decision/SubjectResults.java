package com.meritarchive.decision;

import com.meritarchive.request.RecordInput;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.Vocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

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

    /** What a subject without any code holds: one map shared by all of them. */
    private static final SortedMap<String, SortedSet<String>> NONE = Collections.emptySortedMap();

    private static final Comparator<Entry> BY_SUBJECT = (a, b) -> a.subject().compareTo(b.subject());

    /** A subject and its codes, each with the clauses that gave it. */
    private record Entry(SubjectRef subject, SortedMap<String, SortedSet<String>> codes) {
    }

    /**
     * The subjects' entries by hash, and in the order added ({@link #added}), sorted when asked
     * ({@link #withCodes}); a subject is added with its first code. A province's 204,000 subjects,
     * kept in a tree, cost each side of a simulation 18 comparisons per subject to add (a quarter of
     * the samples of the thread deciding the baseline, in a JFR profile) and the diff as many to look
     * each one up.
     */
    private final Map<SubjectRef, Entry> bySubject = new HashMap<>();

    /** The entries in the order added: decisions add their subjects in order. */
    private final List<Entry> added = new ArrayList<>();

    /** {@link #added}, sorted by subject; null after an entry is added, until asked for again. */
    private List<Entry> sorted;

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

    /**
     * The subjects' outcomes. A subject without any is not kept: {@link #of} gives it no codes all
     * the same, and a province's answer lists 204,000 subjects of which 18,000 have an outcome.
     */
    private void add(String subjectType, Collection<SubjectOutcomes> subjects) {
        for (SubjectOutcomes subject : subjects) {
            if (!subject.outcomes().isEmpty()) {
                Entry entry = entry(new SubjectRef(subjectType, subject.id()));
                subject.outcomes().forEach(o -> put(entry, o.code(), o.rule()));
            }
        }
    }

    private void put(SubjectRef subject, String code, String rule) {
        put(entry(subject), code, rule);
    }

    private static void put(Entry entry, String code, String rule) {
        entry.codes().computeIfAbsent(code, k -> new TreeSet<>()).add(rule);
    }

    /** The subject's entry, added (empty) if it has none: every caller puts a code in it. */
    private Entry entry(SubjectRef subject) {
        Entry entry = bySubject.get(subject);
        if (entry == null) {
            entry = new Entry(subject, new TreeMap<>());
            bySubject.put(subject, entry);
            added.add(entry);
            sorted = null;
        }
        return entry;
    }

    /** The codes of a subject with the clauses that gave each (not to be changed); empty when none. */
    public SortedMap<String, SortedSet<String>> of(SubjectRef subject) {
        Entry entry = bySubject.get(subject);
        return entry == null ? NONE : entry.codes();
    }

    /**
     * The subjects that have a code, cadres first, then by id: the only ones two decisions' results
     * can differ on. A province's answer lists 204,000 subjects, 18,000 of them with an outcome;
     * stepping through all of them twice was a tenth of a simulation's request thread.
     */
    public List<SubjectRef> withCodes() {
        return sorted().stream().map(Entry::subject).toList();
    }

    /**
     * The codes of subjects asked for in {@link #withCodes}' order (others in between too), each
     * found by stepping on from the last instead of a lookup: what the comparison of two decisions'
     * results asks for.
     */
    public Function<SubjectRef, SortedMap<String, SortedSet<String>>> inOrder() {
        List<Entry> entries = sorted();
        int[] next = {0};
        return subject -> {
            while (next[0] < entries.size() && entries.get(next[0]).subject().compareTo(subject) < 0) {
                next[0]++;
            }
            return next[0] < entries.size() && entries.get(next[0]).subject().equals(subject) ? entries.get(next[0]).codes() : NONE;
        };
    }

    /** The entries by subject: in order already in most cases, so sorting them is one pass. */
    private List<Entry> sorted() {
        if (sorted == null) {
            List<Entry> entries = new ArrayList<>(added);
            entries.sort(BY_SUBJECT);
            sorted = entries;
        }
        return sorted;
    }
}
