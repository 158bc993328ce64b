package com.meritarchive.simulation;

import com.meritarchive.request.CadreInput;
import com.meritarchive.request.Dataset;
import com.meritarchive.request.PeopleNames;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.UnitInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names and units of a dataset's cadres and units, so that a report shows people, not only ids.
 * Only the subjects a report lists are looked up ({@link #of(Set)}), in one pass over the dataset:
 * a simulation lists the subjects whose outcomes changed, and mapping all of a province's 204,000
 * to their names beforehand was a tenth of its request thread's samples in a JFR profile.
 */
final class SubjectNames {

    /** The units and cadres of one request of the dataset, and their names when the inputs do not hold them. */
    private record People(List<UnitInput> units, List<CadreInput> cadres, PeopleNames names) {

        String unitName(int index) {
            return names == null ? units.get(index).name() : names.unit(index);
        }

        String cadreName(int index) {
            return names == null ? cadres.get(index).name() : names.cadre(index);
        }
    }

    /** A request's people, in the dataset's order: a later request's name for a subject wins. */
    private final List<People> requests;

    private SubjectNames(List<People> requests) {
        this.requests = requests;
    }

    static SubjectNames of(Dataset dataset) {
        List<People> requests = new ArrayList<>();
        if (dataset.annual() != null) {
            requests.add(new People(dataset.annual().units(), dataset.annual().cadres(), dataset.annualNames()));
        }
        if (dataset.quarterly() != null) {
            requests.add(new People(dataset.quarterly().units(), dataset.quarterly().cadres(), dataset.quarterlyNames()));
        }
        return new SubjectNames(requests);
    }

    /** A step-down's applicant (the request names no unit). */
    static SubjectNames of(CadreInput applicant) {
        return new SubjectNames(List.of(new People(List.of(), List.of(applicant), null)));
    }

    /** The names and units of {@code subjects}; a subject the dataset does not hold has neither. */
    Found of(Set<SubjectRef> subjects) {
        Found found = new Found(new HashMap<>(), new HashMap<>());
        if (subjects.isEmpty()) {
            return found;
        }
        for (People people : requests) {
            Map<String, String> unitNames = new HashMap<>();
            for (int i = 0; i < people.units().size(); i++) {
                UnitInput unit = people.units().get(i);
                String name = people.unitName(i);
                unitNames.put(unit.id(), name);
                SubjectRef ref = SubjectRef.unit(unit.id());
                if (subjects.contains(ref)) {
                    found.names().put(ref, name);
                    found.units().put(ref, name);
                }
            }
            for (int i = 0; i < people.cadres().size(); i++) {
                CadreInput cadre = people.cadres().get(i);
                SubjectRef ref = SubjectRef.cadre(cadre.id());
                if (subjects.contains(ref)) {
                    found.names().put(ref, people.cadreName(i));
                    found.units().put(ref, unitNames.get(cadre.unitId()));
                }
            }
        }
        return found;
    }

    /** The names found, by subject. */
    record Found(Map<SubjectRef, String> names, Map<SubjectRef, String> units) {

        String name(SubjectRef subject) {
            return names.get(subject);
        }

        String unit(SubjectRef subject) {
            return units.get(subject);
        }
    }
}
