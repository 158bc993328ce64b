package com.meritarchive.simulation;

import com.meritarchive.decision.fact.Warning;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.simulation.Simulation.WarningRef;
import java.util.Collection;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The early warnings of one side of a simulation (POLICY.md "Early warning"), per subject, as the
 * outcome warned of and the clause that warns: a subject warned twice under one clause (W1 on two
 * indicators) has that warning once, as a subject has an outcome once.
 */
final class SubjectWarnings {

    private final SortedMap<SubjectRef, SortedSet<WarningRef>> bySubject = new TreeMap<>();

    private SubjectWarnings() {
    }

    /** A quarterly decision's warnings; null (not known) stays null, as in an answer recorded before warnings existed. */
    static SubjectWarnings of(Collection<Warning> warnings) {
        if (warnings == null) {
            return null;
        }
        SubjectWarnings subjects = new SubjectWarnings();
        warnings.forEach(w -> subjects.bySubject.computeIfAbsent(new SubjectRef(w.subjectType(), w.subjectId()),
                k -> new TreeSet<>()).add(new WarningRef(w.code(), w.rule())));
        return subjects;
    }

    /** The subject's warnings; empty when none. */
    SortedSet<WarningRef> of(SubjectRef subject) {
        return bySubject.getOrDefault(subject, new TreeSet<>());
    }

    Set<SubjectRef> subjects() {
        return bySubject.keySet();
    }
}
