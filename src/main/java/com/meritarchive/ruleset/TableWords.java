package com.meritarchive.ruleset;

import com.meritarchive.ruleset.WorkbookCells.SheetCells;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns the words policy staff choose in a table (干部, 问题痕迹档案, 年度考核直接评为优秀 …) into the
 * codes its rules compare with, before Drools reads the table. Which list a column takes follows
 * from the field its hidden code cell compares ({@code subjectType == "$param"} takes 对象类型);
 * the words and codes are data ({@link CodeLists}). A word that is not in its list is an error at
 * its cell, never a rule that silently matches nothing.
 */
final class TableWords {

    /** A column whose code matches {@code code} takes its words from {@code list}; {@code several}: separated by commas. */
    private record Binding(Pattern code, String list, boolean several) {
    }

    private static final List<Binding> BINDINGS = List.of(
            new Binding(Pattern.compile("\\bsubjectType\\s*=="), "对象类型", false),
            new Binding(Pattern.compile("\\bsubjectKind\\s*=="), "单位类别", false),
            new Binding(Pattern.compile("\\btype\\s*==|new\\s+IndicatorVerdict\\("), "档案类型", false),
            new Binding(Pattern.compile("\\bindicatorScope\\s*=="), "指标范围", false),
            new Binding(Pattern.compile("\\bwindow\\s*=="), "连续范围", false),
            new Binding(Pattern.compile("\\bmanagedBy\\s*=="), "干部管理权限", false),
            new Binding(Pattern.compile("\\b(unitOpinionSigned|leaderApproved)\\s*=="), "是否", false),
            new Binding(Pattern.compile("Outcome\\.of\\("), CodeLists.OUTCOME_LIST, true),
            new Binding(Pattern.compile("new\\s+StepDownDecision\\("), CodeLists.OUTCOME_LIST, false),
            new Binding(Pattern.compile("\\bcode\\s*=="), CodeLists.OUTCOME_LIST, false),
            new Binding(Pattern.compile("\\brule\\s*=="), CodeLists.CLAUSE_LIST, false),
            new Binding(Pattern.compile("Route\\.to\\("), "送达对象", true),
            new Binding(Pattern.compile("Route\\.publicNotice\\("), "是否", false));
    private static final Pattern PARAMETER = Pattern.compile("new\\s+Parameter\\(");
    private static final Pattern SEPARATOR = Pattern.compile("[,，、;；]");

    private TableWords() {
    }

    /** The sheet with every chosen word replaced by its code; a word outside its list is added to {@code errors}. */
    static SheetCells translate(String file, SheetCells sheet, List<RuleTable> tables, CodeLists codes,
            List<RuleSetError> errors) {
        SortedMap<Integer, SortedMap<Integer, String>> rows = new TreeMap<>();
        sheet.rows().forEach((row, cells) -> rows.put(row, new TreeMap<>(cells)));
        for (RuleTable table : tables) {
            table.columns().forEach((column, code) -> {
                for (int row : table.ruleRows()) {
                    String text = rows.get(row).get(column);
                    Optional<Binding> binding = bindingOf(code, table, row);
                    if (text == null || binding.isEmpty() || !codes.has(binding.get().list())) {
                        continue;
                    }
                    String translated = translate(text, binding.get(), codes);
                    if (translated == null) {
                        errors.add(new RuleSetError(file, sheet.name(), row, CellReference.convertNumToColString(column),
                                notInList(text, binding.get(), table.label(column), codes)));
                    } else {
                        rows.get(row).put(column, translated);
                    }
                }
            });
        }
        return new SheetCells(sheet.name(), rows, sheet.merged());
    }

    /** The list the cell of {@code row} under a column with this code takes its words from, if any. */
    static Optional<String> listOf(String code, RuleTable table, int row) {
        return bindingOf(code, table, row).map(Binding::list);
    }

    private static Optional<Binding> bindingOf(String code, RuleTable table, int row) {
        if (PARAMETER.matcher(code).find()) {
            return Parameters.listOf(table.name(row)).map(list -> new Binding(PARAMETER, list, true));
        }
        return BINDINGS.stream().filter(binding -> binding.code().matcher(code).find()).findFirst();
    }

    /** The cell's codes, or null when a word is not in the list. */
    private static String translate(String text, Binding binding, CodeLists codes) {
        List<String> translated = new ArrayList<>();
        for (String word : binding.several() ? SEPARATOR.split(text) : new String[] {text}) {
            if (word.isBlank()) {
                continue;
            }
            Optional<String> code = codes.code(binding.list(), word.strip());
            if (code.isEmpty()) {
                return null;
            }
            translated.add(code.get());
        }
        return String.join(", ", translated);
    }

    private static String notInList(String text, Binding binding, String label, CodeLists codes) {
        String choices = String.join("、", codes.words(binding.list()));
        String where = binding.list().equals(CodeLists.OUTCOME_LIST)
                ? "结果代码表（*.codes.xlsx 的“" + CodeLists.OUTCOMES + "”工作表）"
                : "选项“" + binding.list() + "”";
        return "“" + label + "”填写的“" + text + "”不在" + where + "中：请从下拉列表中选择（" + choices + "）"
                + (binding.several() ? "，多个用顿号或逗号分隔" : "")
                + (binding.list().equals(CodeLists.OUTCOME_LIST) ? "；新的结果请先在结果代码表中加一行" : "")
                + " (not in the list " + binding.list() + ")";
    }

    /** The sheet's RuleTables as {@link RuleTable}s, for the headers found on it. */
    static List<RuleTable> tablesOf(SheetCells sheet, List<WorkbookScan.TableHeader> headers) {
        return headers.stream().filter(header -> header.sheet().equals(sheet.name()))
                .map(header -> RuleTable.of(sheet, header.keywordRow())).toList();
    }
}
