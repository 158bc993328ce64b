package com.meritarchive.ruleset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final Pattern RULE_TABLE = Pattern.compile("^RuleTable(\\s.*)?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** What a cell means in its table: the clause of its row and the label of its column, each null when there is none. */
    record Place(String rule, String label) {
        static final Place NONE = new Place(null, null);
    }

    /** A RuleTable: its keyword and label rows, its last rule row, its columns and the NAME column (or null). */
    private record RuleTable(int keywordRow, int labelRow, int lastRow, Set<Integer> columns, Integer nameColumn) {

        int firstRuleRow() {
            return labelRow + 1;
        }
    }

    private final SortedMap<Integer, SortedMap<Integer, String>> rows;
    private final List<CellRangeAddress> merged;
    private final List<RuleTable> tables = new ArrayList<>();

    private VisibleSheet(SortedMap<Integer, SortedMap<Integer, String>> rows, List<CellRangeAddress> merged) {
        this.rows = rows;
        this.merged = merged;
        rows.forEach((row, columns) -> columns.forEach((column, text) -> {
            if (RULE_TABLE.matcher(text).matches()) {
                tables.add(table(row + 1, column));
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
        return new VisibleSheet(visible, sheet.merged());
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
            if (table.columns().contains(column) && row >= table.keywordRow() && row <= table.lastRow()) {
                String rule = row >= table.firstRuleRow() && table.nameColumn() != null
                        ? firstWord(text(row, table.nameColumn())) : null;
                return new Place(rule, firstLine(label(table.labelRow(), column)));
            }
        }
        return Place.NONE;
    }

    private RuleTable table(int keywordRow, int firstColumn) {
        SortedMap<Integer, String> keywords = rows.getOrDefault(keywordRow, Collections.emptySortedMap())
                .tailMap(firstColumn);
        Integer nameColumn = keywords.entrySet().stream().filter(keyword -> keyword.getValue().equalsIgnoreCase("NAME"))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        int labelRow = keywordRow + 3;
        int row = labelRow + 1;
        while (hasText(row, keywords.keySet()) && !startsTable(row)) {
            row++;
        }
        return new RuleTable(keywordRow, labelRow, Math.max(labelRow, row - 1), Set.copyOf(keywords.keySet()), nameColumn);
    }

    private boolean hasText(int row, Set<Integer> columns) {
        SortedMap<Integer, String> cells = rows.getOrDefault(row, Collections.emptySortedMap());
        return columns.stream().anyMatch(cells::containsKey);
    }

    private boolean startsTable(int row) {
        return rows.getOrDefault(row, Collections.emptySortedMap()).values().stream()
                .anyMatch(text -> RULE_TABLE.matcher(text).matches());
    }

    private String text(int row, int column) {
        return rows.getOrDefault(row, Collections.emptySortedMap()).get(column);
    }

    /** A label cell's text, or that of the merged range that spans it. */
    private String label(int row, int column) {
        String text = text(row, column);
        if (text != null) {
            return text;
        }
        return merged.stream().filter(range -> range.isInRange(row - 1, column)).findFirst()
                .map(range -> text(range.getFirstRow() + 1, range.getFirstColumn())).orElse(null);
    }

    /** Whether a cell lies inside a merged range other than at its top-left, where Excel shows nothing of it. */
    private static boolean hidden(List<CellRangeAddress> merged, int row, int column) {
        return merged.stream().anyMatch(range -> range.isInRange(row - 1, column)
                && (range.getFirstRow() != row - 1 || range.getFirstColumn() != column));
    }

    /** The clause ID of a rule row: the first word of its NAME cell ({@code S1 待单位意见} → {@code S1}). */
    private static String firstWord(String text) {
        return text == null ? null : WHITESPACE.split(text.strip(), 2)[0];
    }

    private static String firstLine(String text) {
        return text == null ? null : text.strip().lines().findFirst().map(String::strip).orElse(null);
    }
}
