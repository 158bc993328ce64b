package com.meritarchive.documents;

import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.decision.fact.Warning;
import com.meritarchive.documents.Documents.Document;
import com.meritarchive.documents.Documents.Entry;
import com.meritarchive.request.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The quarter's warning lists (预警名单, issue 17, POLICY.md "Early warning"): one per unit that has
 * warnings, a cadre's warning in the list of the cadre's unit, a unit's in its own, ordered by unit
 * id. A list stays inside the unit, so its entries carry the records the warning rests on; it is
 * never routed, published or filed, since a warning is advice, not a record.
 */
final class WarningLists {

    private WarningLists() {
    }

    /** @param labels outcome code → Chinese name, from the rule set's code workbook */
    static List<Document> of(QuarterlyDecision decision, People people, UnaryOperator<String> labels, String period) {
        if (decision.warnings() == null || decision.warnings().isEmpty()) {
            return List.of();
        }
        SortedMap<String, List<Entry>> byUnit = new TreeMap<>();
        for (Warning warning : decision.warnings()) {
            String unitId = people.unitId(warning.subjectType(), warning.subjectId());
            byUnit.computeIfAbsent(unitId, k -> new ArrayList<>()).add(new Entry(warning.subjectType(), warning.subjectId(),
                    people.name(warning.subjectType(), warning.subjectId()), people.unit(warning.subjectType(), warning.subjectId()),
                    warning.code(), labels.apply(warning.code()), warning.rule(), warning.evidence(), warning.message()));
        }
        List<Document> lists = new ArrayList<>();
        byUnit.forEach((unitId, entries) -> lists.add(new Document(Documents.UNIT, unitId, people.name(Vocabulary.UNIT, unitId),
                Titles.warnings(period), entries.stream().sorted(Assembly.BY_UNIT_THEN_NAME).toList())));
        return lists;
    }
}
