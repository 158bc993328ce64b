package com.meritarchive.ruleset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The cells whose text differs between two versions of a workbook. Both are read as
 * {@link WorkbookCells} text and compared as Excel shows them ({@link VisibleSheet}), so what
 * only changes how a workbook looks or which program saved it (styles, widths, number formats,
 * {@code 2} or {@code 2.0}, a merged range written with every cell or only its top-left one) lists
 * nothing. Sheets come in the new workbook's order, then those only the old one has; cells by row,
 * then column. A cell in a RuleTable is named by the clause and label it has in the new version,
 * or in the old one when the new one has it outside every table (a deleted rule row).
 */
final class WorkbookDiff {

    private WorkbookDiff() {
    }

    /** The differing cells; {@code before} or {@code after} is null for a workbook added or removed. */
    static List<CellChange> between(WorkbookCells before, WorkbookCells after) {
        Map<String, VisibleSheet> old = sheets(before);
        Map<String, VisibleSheet> now = sheets(after);
        Set<String> names = new LinkedHashSet<>(now.keySet());
        names.addAll(old.keySet());
        List<CellChange> changes = new ArrayList<>();
        for (String name : names) {
            changes.addAll(between(name, old.get(name), now.get(name)));
        }
        return changes;
    }

    private static List<CellChange> between(String sheet, VisibleSheet before, VisibleSheet after) {
        SortedMap<String, String> old = before == null ? Collections.emptySortedMap() : before.cells();
        SortedMap<String, String> now = after == null ? Collections.emptySortedMap() : after.cells();
        SortedSet<String> references = new TreeSet<>(WorkbookCells::compareReferences);
        references.addAll(old.keySet());
        references.addAll(now.keySet());
        List<CellChange> changes = new ArrayList<>();
        for (String reference : references) {
            String was = old.get(reference);
            String is = now.get(reference);
            if (!Objects.equals(was, is)) {
                VisibleSheet.Place place = place(reference, before, after);
                changes.add(new CellChange(sheet, reference, was, is, place.rule(), place.label()));
            }
        }
        return changes;
    }

    private static VisibleSheet.Place place(String reference, VisibleSheet before, VisibleSheet after) {
        VisibleSheet.Place place = after == null ? VisibleSheet.Place.NONE : after.place(reference);
        return place.equals(VisibleSheet.Place.NONE) && before != null ? before.place(reference) : place;
    }

    private static Map<String, VisibleSheet> sheets(WorkbookCells workbook) {
        Map<String, VisibleSheet> sheets = new LinkedHashMap<>();
        if (workbook != null) {
            workbook.sheets().forEach(sheet -> sheets.put(sheet.name(), VisibleSheet.of(sheet)));
        }
        return sheets;
    }
}
