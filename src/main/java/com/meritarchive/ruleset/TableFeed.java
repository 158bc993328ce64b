package com.meritarchive.ruleset;

import com.meritarchive.ruleset.WorkbookCells.SheetCells;
import java.util.Collections;
import java.util.SortedMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.template.parser.DataListener;

/**
 * Hands a sheet's normalised cells to Drools' decision-table listener the way its Excel parser
 * would for a workbook saved by Excel itself, and returns the DRL it generates. Drools' parser
 * walks the cells a file happens to contain: a merged range written with only its top-left cell
 * (as some programs save it) loses the columns it spans, and {@code 2.0} or {@code 1,000,000}
 * reach the rules as typed. Fed from {@link WorkbookCells}, every cell of a merged range carries
 * the range's value and every number its plain digits, whichever program saved the file.
 */
final class TableFeed {

    private TableFeed() {
    }

    /** The DRL of a sheet's rule tables (Drools compiles a workbook's first sheet only). */
    static String drlOf(SheetCells sheet) {
        DefaultRuleSheetListener listener = new DefaultRuleSheetListener(true, true);
        listener.startSheet(sheet.name());
        int lastRow = sheet.rows().isEmpty() ? 0 : sheet.rows().lastKey();
        for (int row = 1; row <= lastRow; row++) {
            SortedMap<Integer, String> cells = sheet.rows().getOrDefault(row, Collections.emptySortedMap());
            int columns = Math.max(cells.isEmpty() ? 0 : cells.lastKey() + 1, mergedColumnsEnd(sheet, row));
            listener.newRow(row - 1, columns);
            for (int column = 0; column < columns; column++) {
                CellRangeAddress merged = mergedRange(sheet, row, column);
                if (merged != null) {
                    String text = sheet.text(merged.getFirstRow() + 1, merged.getFirstColumn()).orElse("");
                    listener.newCell(row - 1, column, text, merged.getFirstColumn());
                } else if (cells.containsKey(column)) {
                    listener.newCell(row - 1, column, cells.get(column), DataListener.NON_MERGED);
                }
            }
        }
        listener.finishSheet();
        return new SpreadsheetCompiler().listenerToString(listener);
    }

    private static CellRangeAddress mergedRange(SheetCells sheet, int row, int column) {
        for (CellRangeAddress range : sheet.merged()) {
            if (range.isInRange(row - 1, column)) {
                return range;
            }
        }
        return null;
    }

    /** One past the last column a merged range covers in this row (0 when none does). */
    private static int mergedColumnsEnd(SheetCells sheet, int row) {
        int end = 0;
        for (CellRangeAddress range : sheet.merged()) {
            if (row - 1 >= range.getFirstRow() && row - 1 <= range.getLastRow()) {
                end = Math.max(end, range.getLastColumn() + 1);
            }
        }
        return end;
    }
}
