package com.meritarchive.simulation;

import com.meritarchive.request.CadreInput;
import com.meritarchive.request.Dataset;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.UnitInput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names and units of a dataset's cadres and units, so that a report shows people, not only ids. */
final class SubjectNames {

    private final Map<SubjectRef, String> names;
    private final Map<SubjectRef, String> units;

    /** Sized for {@code subjects} at once: a province's 204,000 would otherwise grow each map 15 times. */
    private SubjectNames(int subjects) {
        names = new HashMap<>((int) (subjects / 0.75f) + 1);
        units = new HashMap<>((int) (subjects / 0.75f) + 1);
    }

    static SubjectNames of(Dataset dataset) {
        int subjects = 0;
        if (dataset.annual() != null) {
            subjects += dataset.annual().units().size() + dataset.annual().cadres().size();
        }
        if (dataset.quarterly() != null) {
            subjects += dataset.quarterly().units().size() + dataset.quarterly().cadres().size();
        }
        SubjectNames people = new SubjectNames(subjects);
        if (dataset.annual() != null) {
            people.add(dataset.annual().units(), dataset.annual().cadres());
        }
        if (dataset.quarterly() != null) {
            people.add(dataset.quarterly().units(), dataset.quarterly().cadres());
        }
        return people;
    }

    /** A step-down's applicant (the request names no unit). */
    static SubjectNames of(CadreInput applicant) {
        SubjectNames people = new SubjectNames(1);
        people.add(List.of(), List.of(applicant));
        return people;
    }

    private void add(List<UnitInput> unitList, List<CadreInput> cadres) {
        Map<String, String> unitNames = new HashMap<>();
        for (UnitInput unit : unitList) {
            unitNames.put(unit.id(), unit.name());
            names.put(SubjectRef.unit(unit.id()), unit.name());
            units.put(SubjectRef.unit(unit.id()), unit.name());
        }
        for (CadreInput cadre : cadres) {
            names.put(SubjectRef.cadre(cadre.id()), cadre.name());
            units.put(SubjectRef.cadre(cadre.id()), unitNames.get(cadre.unitId()));
        }
    }

    String name(SubjectRef subject) {
        return names.get(subject);
    }

    String unit(SubjectRef subject) {
        return units.get(subject);
    }
}
