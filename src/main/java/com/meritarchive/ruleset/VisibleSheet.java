package com.meritarchive.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A sheet as Excel shows it, for comparing versions: its visible cells (a merged range is its
 * top-left cell; whatever a program left in the cells the range hides is not seen and counts for
 * nothing, as in Drools) and, for a cell of a RuleTable, what it means to policy staff: the
 * clause of its row and the Chinese label of its column. A RuleTable is found as the compiler
 * finds it: a cell whose text starts with {@code RuleTable}; the next row holds the keywords
 * (CONDITION, ACTION, NAME…), then the pattern, code and label rows; rule rows follow until the
 * first row empty in the table's columns.
 */
final class VisibleSheet {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** What a cell means in its table: the clause of its row and the label of its column, each null when there is none. */
    record Place(String rule, String label) {
        static final Place NONE = new Place(null, null);
    }

    private final SortedMap<Integer, SortedMap<Integer, String>> rows;
    private final List<RuleTable> tables = new ArrayList<>();

    private VisibleSheet(WorkbookCells.SheetCells sheet, SortedMap<Integer, SortedMap<Integer, String>> rows) {
        this.rows = rows;
        rows.forEach((row, columns) -> columns.forEach((column, text) -> {
            if (RuleTable.RULE_TABLE.matcher(text).find()) {
                tables.add(RuleTable.of(sheet, row + 1));
            }
        }));
    }

    static VisibleSheet of(WorkbookCells.SheetCells sheet) {
        SortedMap<Integer, SortedMap<Integer, String>> visible = new TreeMap<>();
        sheet.rows().forEach((row, columns) -> columns.forEach((column, text) -> {
            if (!hidden(sheet.merged(), row, column)) {
                visible.computeIfAbsent(row, k -> new TreeMap<>()).put(column, text);
            }
        }));
        return new VisibleSheet(sheet, visible);
    }

    /** The visible cells by reference ({@code E11} → text), in row then column order. */
    SortedMap<String, String> cells() {
        SortedMap<String, String> cells = new TreeMap<>(WorkbookCells::compareReferences);
        rows.forEach((row, columns) -> columns.forEach((column, text) ->
                cells.put(CellReference.convertNumToColString(column) + row, text)));
        return cells;
    }

    /** What the cell at {@code reference} means in its RuleTable; {@link Place#NONE} outside every table. */
    Place place(String reference) {
        CellReference cell = new CellReference(reference);
        int row = cell.getRow() + 1;
        int column = cell.getCol();
        for (RuleTable table : tables) {
            if (table.keywordColumns().contains(column) && row >= table.keywordRow() && row <= table.lastRow()) {
                String rule = table.ruleRows().contains(row) && table.nameColumn() >= 0 ? firstWord(table.name(row)) : null;
                String label = table.label(column);
                return new Place(rule, label.isEmpty() ? null : label);
            }
        }
        return Place.NONE;
    }

    /** Whether a cell lies inside a merged range other than at its top-left, where Excel shows nothing of it. */
    private static boolean hidden(List<CellRangeAddress> merged, int row, int column) {
        return merged.stream().anyMatch(range -> range.isInRange(row - 1, column)
                && (range.getFirstRow() != row - 1 || range.getFirstColumn() != column));
    }

    /** The clause ID of a rule row: the first word of its NAME cell ({@code S1 待单位意见} → {@code S1}). */
    private static String firstWord(String text) {
        return text == null || text.isBlank() ? null : WHITESPACE.split(text.strip(), 2)[0];
    }
}
