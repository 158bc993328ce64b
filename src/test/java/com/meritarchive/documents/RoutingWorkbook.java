package com.meritarchive.documents;

import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.testing.AnnualWorkbook;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The shipped rule set with Routing.drl.xlsx edited as policy staff would: a row found by what its
 * first column or its 结果 cell says, never by a hard-coded address.
 */
final class RoutingWorkbook {

    static final String FILE = "Routing.drl.xlsx";
    static final String SHEET = "公示备案";
    static final CompiledRuleSet SHIPPED = new RuleSetCompiler().compile(new RuleSetFiles(AnnualWorkbook.shippedFiles()));

    private RoutingWorkbook() {
    }

    /** The shipped rule set with the routing workbook changed by {@code change} (compiled: errors throw). */
    static CompiledRuleSet compiledWith(Consumer<Sheet> change) {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put(FILE, AnnualWorkbook.edit(files.get(FILE), book -> change.accept(book.getSheet(SHEET))));
        return new RuleSetCompiler().compile(new RuleSetFiles(files));
    }

    /** The first row whose cell in {@code column} reads {@code text}. */
    static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && text.equals(cell.toString())) {
                return row;
            }
        }
        throw new IllegalArgumentException("no row with " + text);
    }

    /** Deletes a row as Excel's "delete row" does: the rows below move up, so that the table stays whole. */
    static void deleteRow(Sheet sheet, Row row) {
        int index = row.getRowNum();
        sheet.removeRow(row);
        sheet.shiftRows(index + 1, sheet.getLastRowNum(), -1);
    }

    /** The column whose label (in the row of 条款 or 参数) starts with {@code label}. */
    static int column(Sheet sheet, String label) {
        Row labels = rowWith(sheet, 0, "条款");
        for (Cell cell : labels) {
            if (cell.toString().startsWith(label)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + label);
    }
}
