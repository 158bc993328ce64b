package com.meritarchive.scenario;

import com.meritarchive.ruleset.RuleSetError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet of a scenario workbook read by its Chinese column labels (the first line of each
 * header cell), so that policy staff may reorder or widen columns. Rows are grouped into cases
 * by the 场景 column; every value problem is collected with its cell.
 */
final class ScenarioSheet {

    /** A data row: its 1-based number and its cells by column label. */
    record Line(int row, Map<String, String> cells) {

        String get(String label) {
            return cells.getOrDefault(label, "").strip();
        }
    }

    private final String file;
    private final Sheet sheet;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Set<String> rejectedCells = new HashSet<>();
    final List<RuleSetError> errors;

    ScenarioSheet(String file, Sheet sheet, List<String> required, List<RuleSetError> errors) {
        this.file = file;
        this.sheet = sheet;
        this.errors = errors;
        Row header = sheet.getRow(0);
        if (header != null) {
            for (Cell cell : header) {
                String label = new DataFormatter().formatCellValue(cell).split("\n")[0].strip();
                columns.put(label, cell.getColumnIndex());
            }
        }
        for (String label : required) {
            if (!columns.containsKey(label)) {
                errors.add(new RuleSetError(file, sheet.getSheetName(), 1, null,
                        "缺少“" + label + "”列：请在第1行加上这一列的标题 (missing column)"));
            }
        }
    }

    String name() {
        return sheet.getSheetName();
    }

    /** Data rows grouped by case name, in the order they appear. */
    Map<String, List<Line>> cases() {
        DataFormatter formatter = new DataFormatter();
        Map<String, List<Line>> cases = new LinkedHashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            columns.forEach((label, index) -> {
                Cell cell = row.getCell(index);
                if (cell != null) {
                    cells.put(label, formatter.formatCellValue(cell));
                }
            });
            Line line = new Line(row.getRowNum() + 1, cells);
            if (line.get("场景").isEmpty()) {
                if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                    reject(line, "场景", "请填写场景名称 (case name missing)");
                }
                continue;
            }
            cases.computeIfAbsent(line.get("场景"), k -> new ArrayList<>()).add(line);
        }
        return cases;
    }

    /** Whether a problem was already reported at this cell. */
    boolean rejected(Line line, String label) {
        return rejectedCells.contains(line.row() + "\u0000" + label);
    }

    void reject(Line line, String label, String message) {
        rejectedCells.add(line.row() + "\u0000" + label);
        Integer column = columns.get(label);
        errors.add(new RuleSetError(file, sheet.getSheetName(), line.row(),
                column == null ? null : CellReference.convertNumToColString(column), message));
    }

    /** The cell as a whole number, or null (with an error) when it is not one. */
    Integer number(Line line, String label, boolean required) {
        String text = line.get(label);
        if (text.isEmpty()) {
            if (required) {
                reject(line, label, "请填写“" + label + "” (required)");
            }
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            reject(line, label, "“" + label + "”应为整数，现为“" + text + "” (not a whole number)");
            return null;
        }
    }

    /**
     * The code of the cell's word in {@code list} (the contract's {@code codes} when the version
     * has no such list), or {@code fallback} when the cell is empty or (with an error) not in it.
     */
    String oneOf(Line line, String label, Choices choices, String list, List<String> codes, String fallback) {
        String text = line.get(label);
        if (text.isEmpty()) {
            return fallback;
        }
        return choices.code(list, codes, text).orElseGet(() -> {
            reject(line, label, "“" + label + "”应为 " + String.join("、", choices.words(list, codes)) + " 之一，现为“" + text
                    + "”");
            return fallback;
        });
    }

    /** 是/否 (or TRUE/FALSE as Excel shows a boolean cell). */
    boolean yesNo(Line line, String label) {
        String text = line.get(label);
        if (text.equals("是") || text.equalsIgnoreCase("TRUE")) {
            return true;
        }
        if (!text.equals("否") && !text.equalsIgnoreCase("FALSE")) {
            reject(line, label, "“" + label + "”应为“是”或“否”，现为“" + text + "”");
        }
        return false;
    }
}
