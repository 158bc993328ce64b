package com.meritarchive.ruleset;

import com.meritarchive.ruleset.WorkbookCells.SheetCells;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One RuleTable as its author laid it out: the keyword row (CONDITION, ACTION, NAME …), then the
 * fact type, the hidden code snippets and the readable labels, then one rule per row until the
 * first empty row (as Drools reads it).
 *
 * @param keywordRow 1-based row of the keywords
 * @param columns the code snippet of each CONDITION or ACTION column, by 0-based column
 * @param keywordColumns every column with a keyword (NAME, DESCRIPTION, CONDITION, ACTION …)
 * @param nameColumn the NAME column (-1 when the table has none)
 * @param ruleRows the 1-based rows holding rules
 */
record RuleTable(SheetCells sheet, int keywordRow, SortedMap<Integer, String> columns, Set<Integer> keywordColumns,
        int nameColumn, List<Integer> ruleRows) {

    /** A cell that starts a RuleTable, as Drools recognises it. */
    static final Pattern RULE_TABLE = Pattern.compile("^\\s*RuleTable(\\s|$)", Pattern.CASE_INSENSITIVE);

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
        for (int row = labelRow(keywordRow) + 1; sheet.rows().containsKey(row) && !startsTable(sheet, row); row++) {
            ruleRows.add(row);
        }
        return new RuleTable(sheet, keywordRow, columns, Set.copyOf(keywords.keySet()), nameColumn, List.copyOf(ruleRows));
    }

    /** Whether a row names a new RuleTable, which ends the one before it (as in Drools). */
    static boolean startsTable(SheetCells sheet, int row) {
        return sheet.rows().getOrDefault(row, Collections.emptySortedMap()).values().stream()
                .anyMatch(text -> RULE_TABLE.matcher(text).find());
    }

    private static int labelRow(int keywordRow) {
        return keywordRow + 3;
    }

    int labelRow() {
        return labelRow(keywordRow);
    }

    /** The last row of the table: its last rule row, or its label row when it has no rules. */
    int lastRow() {
        return ruleRows.isEmpty() ? labelRow() : ruleRows.get(ruleRows.size() - 1);
    }

    /** A column's readable label (the first line of its label cell, or of the merged range over it), e.g. 实绩档案次数 ≥. */
    String label(int column) {
        return sheet.text(labelRow(), column).or(() -> sheet.merged().stream()
                        .filter(range -> range.isInRange(labelRow() - 1, column)).findFirst()
                        .flatMap(range -> sheet.text(range.getFirstRow() + 1, range.getFirstColumn())))
                .map(text -> text.strip().lines().findFirst().orElse("").strip()).orElse("");
    }

    /** The text of a rule row's NAME cell (a clause ID, or a parameter's name), empty when none. */
    String name(int row) {
        return nameColumn < 0 ? "" : sheet.text(row, nameColumn).orElse("");
    }
}
