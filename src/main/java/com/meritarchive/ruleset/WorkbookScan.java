package com.meritarchive.ruleset;

import com.meritarchive.ruleset.WorkbookCells.SheetCells;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Looks at a workbook the way its author sees it ({@link WorkbookCells}), before Drools does:
 * every cell's text by sheet, row and column, where each RuleTable starts, and the mistakes Drools would not report at the
 * right place or at all: a sheet with content but no RuleTable (Drools ignores it silently) and
 * a header naming a field the fact does not have (Drools reports it once per row, at no cell).
 */
final class WorkbookScan {

    private static final Pattern RULE_TABLE = RuleTable.RULE_TABLE;
    private static final Pattern FIRST_IDENTIFIER = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?!\\()");
    private static final Pattern PATTERN_TYPE = Pattern.compile("^\\s*(?:\\$\\w+\\s*:\\s*)?([A-Za-z_][\\w.]*)\\s*(\\(.*)?$");
    private static final Set<String> NOT_FIELDS = Set.of("this", "eval", "not", "exists", "forall", "true", "false", "null");

    /** Where a RuleTable starts: its sheet and the 1-based row of its keyword row (CONDITION, ACTION...). */
    record TableHeader(String sheet, int keywordRow) {
    }

    final Map<String, Map<Integer, Map<String, String>>> cells = new HashMap<>();
    final List<TableHeader> headers = new ArrayList<>();
    final List<RuleSetError> problems = new ArrayList<>();

    private final String file;
    private final Map<String, Class<?>> imports = new HashMap<>();

    private WorkbookScan(String file) {
        this.file = file;
    }

    static WorkbookScan of(String file, WorkbookCells workbook) {
        WorkbookScan scan = new WorkbookScan(file);
        for (SheetCells sheet : workbook.sheets()) {
            scan.read(sheet);
        }
        for (SheetCells sheet : workbook.sheets()) {
            scan.checkHeaders(sheet);
        }
        return scan;
    }

    private void read(SheetCells sheet) {
        Map<Integer, Map<String, String>> rows = cells.computeIfAbsent(sheet.name(), k -> new HashMap<>());
        boolean hasTable = false;
        for (var row : sheet.rows().entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                String text = cell.getValue();
                rows.computeIfAbsent(row.getKey(), k -> new HashMap<>())
                        .put(CellReference.convertNumToColString(cell.getKey()), text);
                if (RULE_TABLE.matcher(text).find()) {
                    hasTable = true;
                    headers.add(new TableHeader(sheet.name(), row.getKey() + 1));
                }
                if (text.equalsIgnoreCase("Import")) {
                    sheet.text(row.getKey(), cell.getKey() + 1).ifPresent(this::resolveImports);
                }
            }
        }
        if (!sheet.rows().isEmpty() && !hasTable) {
            problems.add(new RuleSetError(file, sheet.name(), null, null,
                    "此工作表没有 RuleTable，Drools 会忽略它：请把规则放进带 RuleTable 标题的表格，或删除此工作表"
                            + " (sheet has content but no RuleTable; Drools would skip it silently)"));
        }
    }

    private void resolveImports(String list) {
        for (String name : list.split(",")) {
            String className = name.strip();
            try {
                Class<?> type = Class.forName(className, false, WorkbookScan.class.getClassLoader());
                imports.put(type.getSimpleName(), type);
            } catch (ClassNotFoundException | LinkageError e) {
                // Drools reports an unknown import itself, with the DRL it generated
            }
        }
    }

    /** Checks, for every CONDITION column, that the field its code names exists on the fact type. */
    private void checkHeaders(SheetCells sheet) {
        Map<Integer, Map<String, String>> rows = cells.getOrDefault(sheet.name(), Map.of());
        for (TableHeader header : headers) {
            if (!header.sheet().equals(sheet.name())) {
                continue;
            }
            Map<String, String> keywords = rows.getOrDefault(header.keywordRow(), Map.of());
            int typeRow = header.keywordRow() + 1;
            int codeRow = header.keywordRow() + 2;
            keywords.forEach((column, keyword) -> {
                if (!keyword.strip().equalsIgnoreCase("CONDITION")) {
                    return;
                }
                String type = typeOf(sheet, rows, typeRow, column);
                String code = rows.getOrDefault(codeRow, Map.of()).get(column);
                Class<?> fact = type == null ? null : imports.get(type);
                if (fact == null || code == null) {
                    return; // a missing type or code is reported by Drools with its cell
                }
                Matcher field = FIRST_IDENTIFIER.matcher(code);
                if (field.find() && !NOT_FIELDS.contains(field.group(1)) && !propertiesOf(fact).contains(field.group(1))) {
                    problems.add(new RuleSetError(file, sheet.name(), codeRow, column, "表头中的字段 '"
                            + field.group(1) + "' 在 " + type + " 中不存在，请改为其中之一：" + propertiesOf(fact)
                            + " (unknown field in header)"));
                }
            });
        }
    }

    /** The fact type of a column: its own cell of the type row, or the merged cell that spans it. */
    private static String typeOf(SheetCells sheet, Map<Integer, Map<String, String>> rows, int typeRow, String column) {
        int columnIndex = CellReference.convertColStringToIndex(column);
        String text = rows.getOrDefault(typeRow, Map.of()).get(column);
        if (text == null) {
            for (CellRangeAddress merged : sheet.merged()) {
                if (merged.isInRange(typeRow - 1, columnIndex)) {
                    text = rows.getOrDefault(typeRow, Map.of())
                            .get(CellReference.convertNumToColString(merged.getFirstColumn()));
                }
            }
        }
        if (text == null) {
            return null;
        }
        Matcher type = PATTERN_TYPE.matcher(text);
        return type.matches() ? type.group(1) : null;
    }

    private static Set<String> propertiesOf(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() != 0 || method.getReturnType() == void.class
                    || Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            names.add(name);
            if (name.startsWith("get") && name.length() > 3) {
                names.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
            } else if (name.startsWith("is") && name.length() > 2) {
                names.add(Character.toLowerCase(name.charAt(2)) + name.substring(3));
            }
        }
        names.removeAll(new HashSet<>(List.of("hashCode", "toString", "getClass")));
        return names;
    }
}
