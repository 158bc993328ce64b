package com.meritarchive.decision;

import com.meritarchive.decision.fact.ArchiveRecord;
import com.meritarchive.decision.fact.Outcome;
import com.meritarchive.decision.fact.Subject;
import com.meritarchive.decision.fact.SubjectRecords;
import com.meritarchive.decision.fact.Warning;
import com.meritarchive.request.SubjectRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The subjects of a request that hold no record, decided once per subject type and unit kind. The
 * rules decide on what a subject is (its type, a unit's kind) and on its records; its id only names
 * the outcome (the rule set's checks refuse a condition that compares an id with a value, see
 * {@code DrlCodeCheck}). So every record-less cadre, or every record-less stationed unit, is decided
 * alike: the first of each is decided, and what the rules gave it is given to the others under their
 * own ids. A province holds 204,000 subjects of which 34,000 have records; deciding the other
 * 170,000 one by one (a {@code SubjectRecords} and a {@code Tally} each, through the annual table)
 * was more than half of the rules' work. {@code RecordlessSubjectsTest} compares both ways.
 */
final class RecordlessSubjects {

    /** What a record-less subject is, for the rules: its type and, for a unit, its kind. */
    private record Kind(String type, String kind) {
    }

    private final boolean decideAlike;
    private final Map<Kind, Subject> decided = new HashMap<>();
    /** The subject key of each record-less subject that is decided → the ids of those like it. */
    private final Map<String, List<String>> alike = new HashMap<>();

    /** @param decideAlike false decides every subject itself: the reference the shortcut must equal */
    RecordlessSubjects(boolean decideAlike) {
        this.decideAlike = decideAlike;
    }

    /** Adds {@code subject}'s fact to {@code facts}, unless it holds no record and one like it is decided already. */
    void add(List<Object> facts, Subject subject, List<ArchiveRecord> records) {
        if (!records.isEmpty() || !decideAlike) {
            facts.add(new SubjectRecords(subject, records));
            return;
        }
        Subject first = decided.putIfAbsent(new Kind(subject.type(), subject.kind()), subject);
        if (first == null) {
            facts.add(new SubjectRecords(subject, List.of()));
        } else {
            alike.computeIfAbsent(first.key(), key -> new ArrayList<>()).add(subject.id());
        }
    }

    /** {@code outcomes} with each decided record-less subject's outcomes given to those like it as well. */
    List<Outcome> outcomes(Collection<Outcome> outcomes) {
        List<Outcome> all = new ArrayList<>(outcomes);
        for (Outcome outcome : outcomes) {
            for (String id : alikeOf(outcome.subjectType(), outcome.subjectId())) {
                all.add(new Outcome(outcome.subjectType(), id, outcome.code(), outcome.rule(), outcome.evidence(),
                        outcome.outlook()));
            }
        }
        return all;
    }

    /** {@code warnings}, likewise. */
    List<Warning> warnings(Collection<Warning> warnings) {
        List<Warning> all = new ArrayList<>(warnings);
        for (Warning warning : warnings) {
            for (String id : alikeOf(warning.subjectType(), warning.subjectId())) {
                all.add(new Warning(warning.subjectType(), id, warning.code(), warning.rule(), warning.message(),
                        warning.evidence()));
            }
        }
        return all;
    }

    private List<String> alikeOf(String subjectType, String subjectId) {
        return alike.isEmpty() ? List.of() : alike.getOrDefault(SubjectRef.keyOf(subjectType, subjectId), List.of());
    }
}
