package com.meritarchive.ruleset;

import com.meritarchive.ruleset.WorkbookCells.SheetCells;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One RuleTable as its author laid it out: the keyword row (CONDITION, ACTION, NAME …), then the
 * fact type, the hidden code snippets and the readable labels, then one rule per row until the
 * first empty row (as Drools reads it).
 *
 * @param keywordRow 1-based row of the keywords
 * @param columns the code snippet of each CONDITION or ACTION column, by 0-based column
 * @param nameColumn the NAME column (-1 when the table has none)
 * @param ruleRows the 1-based rows holding rules
 */
record RuleTable(SheetCells sheet, int keywordRow, SortedMap<Integer, String> columns, int nameColumn,
        List<Integer> ruleRows) {

    static RuleTable of(SheetCells sheet, int keywordRow) {
        SortedMap<Integer, String> keywords = sheet.rows().getOrDefault(keywordRow, Collections.emptySortedMap());
        SortedMap<Integer, String> codes = sheet.rows().getOrDefault(keywordRow + 2, Collections.emptySortedMap());
        SortedMap<Integer, String> columns = new TreeMap<>();
        int nameColumn = -1;
        for (Map.Entry<Integer, String> keyword : keywords.entrySet()) {
            String word = keyword.getValue().strip();
            if (word.equalsIgnoreCase("CONDITION") || word.equalsIgnoreCase("ACTION")) {
                columns.put(keyword.getKey(), codes.getOrDefault(keyword.getKey(), ""));
            } else if (word.equalsIgnoreCase("NAME")) {
                nameColumn = keyword.getKey();
            }
        }
        List<Integer> ruleRows = new ArrayList<>();
        for (int row = labelRow(keywordRow) + 1; sheet.rows().containsKey(row); row++) {
            ruleRows.add(row);
        }
        return new RuleTable(sheet, keywordRow, columns, nameColumn, List.copyOf(ruleRows));
    }

    private static int labelRow(int keywordRow) {
        return keywordRow + 3;
    }

    int labelRow() {
        return labelRow(keywordRow);
    }

    /** A column's readable label (the first line of its label cell), e.g. 实绩档案次数 ≥. */
    String label(int column) {
        return sheet.text(labelRow(), column).map(text -> text.lines().findFirst().orElse("").strip()).orElse("");
    }

    /** The text of a rule row's NAME cell (a clause ID, or a parameter's name), empty when none. */
    String name(int row) {
        return nameColumn < 0 ? "" : sheet.text(row, nameColumn).orElse("");
    }
}
