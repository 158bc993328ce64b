package com.meritarchive.decision;

import com.meritarchive.decision.fact.ArchiveRecord;
import com.meritarchive.decision.fact.Outcome;
import com.meritarchive.decision.fact.Subject;
import com.meritarchive.decision.fact.SubjectRecords;
import com.meritarchive.decision.fact.Warning;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.UnitInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The subjects of a request that hold no record, decided once per subject type and unit kind. The
 * rules decide on what a subject is (its type, a unit's kind) and on its records; its id only names
 * the outcome (the rule set's checks refuse a condition that compares an id with a value, see
 * {@code DrlCodeCheck}). So every record-less cadre, or every record-less stationed unit, is decided
 * alike: the first of each is decided, and what the rules gave it is given to the others under their
 * own ids. A province holds 204,000 subjects of which 34,357 have records; without deciding the
 * other 169,643 one by one (a {@code SubjectRecords} and a {@code Tally} each, through the annual
 * table) the rules' part of its decision took 500-580 instead of 650-700 ms (in-process, G1).
 * {@code RecordlessSubjectsTest} compares both ways.
 *
 * <p>Cadres are many (1,000,000 in the largest request measured) and hardly ever given an outcome
 * without records, so they are not looked up one by one: those with records come from the records'
 * grouping, one without records is found by looking from the first cadre on, and the ids of the
 * others are listed only when the rules gave that one something ({@link RecordlessCadres}). Looking
 * up every cadre in the grouping took 1,000,000 cadres' facts about 180 of 520 ms (in-process).
 */
final class RecordlessSubjects {

    /** What a record-less subject is, for the rules: its type and, for a unit, its kind. */
    private record Kind(String type, String kind) {
    }

    private final boolean decideAlike;
    private final Map<Kind, Subject> decided = new HashMap<>();
    /** The subject key of each record-less unit that is decided → the ids of those like it. */
    private final Map<String, List<String>> alike = new HashMap<>();
    /** The record-less cadre that is decided and those like it; null when every cadre has records (or not deciding alike). */
    private RecordlessCadres cadresAlike;

    /** @param decideAlike false decides every subject itself: the reference the shortcut must equal */
    RecordlessSubjects(boolean decideAlike) {
        this.decideAlike = decideAlike;
    }

    /** Adds {@code record} to {@code records}, the records of a request by subject type, then id. */
    static void group(Map<String, Map<String, List<ArchiveRecord>>> records, ArchiveRecord record) {
        recordsOf(records, record.subjectType(), record.subjectId()).add(record);
    }

    /** The list in {@code records} (by subject type, then id) of one subject's records, made empty when it has none yet. */
    static List<ArchiveRecord> recordsOf(Map<String, Map<String, List<ArchiveRecord>>> records, String subjectType,
            String subjectId) {
        return records.computeIfAbsent(subjectType, type -> new HashMap<>()).computeIfAbsent(subjectId, id -> new ArrayList<>());
    }

    /**
     * One {@code SubjectRecords} per subject with its {@code records} (by subject type, then id),
     * but one per kind of those without records: units first, in the request's order, then cadres,
     * those with records in the order of {@code records}, then the first cadre without records.
     * Not deciding alike, every subject in the request's order.
     */
    List<Object> facts(List<UnitInput> units, List<CadreInput> cadres, Map<String, Map<String, List<ArchiveRecord>>> records) {
        List<Object> facts = new ArrayList<>();
        Map<String, List<ArchiveRecord>> ofUnits = records.getOrDefault(Subject.UNIT, Map.of());
        Map<String, List<ArchiveRecord>> ofCadres = records.getOrDefault(Subject.CADRE, Map.of());
        units.forEach(unit -> add(facts, Subject.UNIT, unit.id(), unit.kind(), ofUnits.getOrDefault(unit.id(), List.of())));
        if (!decideAlike) {
            cadres.forEach(cadre -> add(facts, Subject.CADRE, cadre.id(), null, ofCadres.getOrDefault(cadre.id(), List.of())));
            return facts;
        }
        ofCadres.forEach((id, own) -> add(facts, Subject.CADRE, id, null, own)); // each holds records
        for (int i = 0; i < cadres.size(); i++) {
            String id = cadres.get(i).id();
            if (!ofCadres.containsKey(id)) {
                Subject first = Subject.of(Subject.CADRE, id, null);
                facts.add(new SubjectRecords(first, List.of()));
                cadresAlike = new RecordlessCadres(cadres, i, ofCadres);
                break;
            }
        }
        return facts;
    }

    /** Adds the subject's fact to {@code facts}, unless it holds no record and one like it is decided already. */
    private void add(List<Object> facts, String type, String id, String kind, List<ArchiveRecord> records) {
        if (!records.isEmpty()) { // the subject's key is its records' (made alike, from the same type and id)
            facts.add(new SubjectRecords(new Subject(type, id, kind, records.get(0).subjectKey()), records));
            return;
        }
        if (!decideAlike) {
            facts.add(new SubjectRecords(Subject.of(type, id, kind), records));
            return;
        }
        Kind what = new Kind(type, kind);
        Subject first = decided.get(what);
        if (first == null) {
            first = Subject.of(type, id, kind);
            decided.put(what, first);
            facts.add(new SubjectRecords(first, List.of()));
        } else {
            alike.computeIfAbsent(first.key(), key -> new ArrayList<>()).add(id);
        }
    }

    /** {@code outcomes} with each decided record-less subject's outcomes given to those like it as well. */
    List<Outcome> outcomes(Collection<Outcome> outcomes) {
        return withCopies(outcomes, Outcome::subjectType, Outcome::subjectId, (outcome, id) -> new Outcome(
                outcome.subjectType(), id, outcome.code(), outcome.rule(), outcome.evidence(), outcome.outlook()));
    }

    /** {@code warnings}, likewise. */
    List<Warning> warnings(Collection<Warning> warnings) {
        return withCopies(warnings, Warning::subjectType, Warning::subjectId, (warning, id) -> new Warning(
                warning.subjectType(), id, warning.code(), warning.rule(), warning.message(), warning.evidence()));
    }

    private <T> List<T> withCopies(Collection<T> decided, Function<T, String> subjectType, Function<T, String> subjectId,
            BiFunction<T, String, T> forSubject) {
        List<T> all = new ArrayList<>(decided);
        for (T fact : decided) {
            for (String id : alikeOf(subjectType.apply(fact), subjectId.apply(fact))) {
                all.add(forSubject.apply(fact, id));
            }
        }
        return all;
    }

    private List<String> alikeOf(String subjectType, String subjectId) {
        if (cadresAlike != null && Subject.CADRE.equals(subjectType)) {
            return cadresAlike.alikeOf(subjectId);
        }
        return alike.isEmpty() ? List.of() : alike.getOrDefault(SubjectRef.keyOf(subjectType, subjectId), List.of());
    }

    /**
     * The cadre without records that is decided (the request's {@code decidedAt}th) and the ids of
     * the others without records: the request's cadres after it that {@code records} (by id) does not
     * hold, listed the first time an outcome or warning of the decided one asks for them. The same
     * facts may be decided by two rule sets at once (a simulation's sides), hence the lock.
     */
    private static final class RecordlessCadres {

        private final List<CadreInput> cadres;
        private final int decidedAt;
        private final Map<String, List<ArchiveRecord>> records;
        private List<String> others;

        RecordlessCadres(List<CadreInput> cadres, int decidedAt, Map<String, List<ArchiveRecord>> records) {
            this.cadres = cadres;
            this.decidedAt = decidedAt;
            this.records = records;
        }

        List<String> alikeOf(String cadreId) {
            return cadreId.equals(cadres.get(decidedAt).id()) ? others() : List.of();
        }

        private synchronized List<String> others() {
            if (others == null) {
                List<String> ids = new ArrayList<>();
                for (int i = decidedAt + 1; i < cadres.size(); i++) {
                    String id = cadres.get(i).id();
                    if (!records.containsKey(id)) {
                        ids.add(id);
                    }
                }
                others = ids;
            }
            return others;
        }
    }
}
