package com.meritarchive.documents;

import com.meritarchive.request.CadreInput;
import com.meritarchive.request.UnitInput;
import com.meritarchive.request.Vocabulary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names and units of a request's cadres and units, so that a document names people, not ids. */
final class People {

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private final Map<String, String> unitIds = new HashMap<>();

    People(List<UnitInput> unitList, List<CadreInput> cadres) {
        Map<String, String> unitNames = new HashMap<>();
        for (UnitInput unit : unitList) {
            unitNames.put(unit.id(), unit.name());
            names.put(key(Vocabulary.UNIT, unit.id()), unit.name());
            units.put(key(Vocabulary.UNIT, unit.id()), unit.name());
            unitIds.put(key(Vocabulary.UNIT, unit.id()), unit.id());
        }
        for (CadreInput cadre : cadres) {
            names.put(key(Vocabulary.CADRE, cadre.id()), cadre.name());
            units.put(key(Vocabulary.CADRE, cadre.id()), unitNames.getOrDefault(cadre.unitId(), cadre.unitId()));
            unitIds.put(key(Vocabulary.CADRE, cadre.id()), cadre.unitId());
        }
    }

    String name(String subjectType, String subjectId) {
        return names.getOrDefault(key(subjectType, subjectId), subjectId);
    }

    String unit(String subjectType, String subjectId) {
        return units.get(key(subjectType, subjectId));
    }

    /** The id of a cadre's unit, or a unit's own id. */
    String unitId(String subjectType, String subjectId) {
        return unitIds.get(key(subjectType, subjectId));
    }

    private static String key(String subjectType, String subjectId) {
        return subjectType + "/" + subjectId;
    }
}
