package com.meritarchive.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * The policy parameters a rule set's rules read ({@code Parameter( name == "X" )}), checked when
 * it compiles: each must be given once, in a parameter table row, with a valid value, or the
 * rule set does not compile and the cell is named. Without this a deleted row would make its
 * rules silently match nothing. What a valid value is follows from what the rules do with it.
 */
final class Parameters {

    /**
     * What a parameter's value must be: a whole number from {@code min}, or words of {@code list};
     * {@code home} is the table file it belongs in, where a missing parameter is reported.
     */
    private record Spec(String meaning, Integer min, String list, String home) {
    }

    private static final String QUARTERLY = "Quarterly.drl.xlsx";
    private static final String ROUTING = "Routing.drl.xlsx";

    private static final Map<String, Spec> SPECS = Map.of(
            "ARCHIVABLE_ROLES", new Spec("Q1、Q2 建立档案的角色", null, "角色", QUARTERLY),
            "DEFAULT_TARGET_RANK", new Spec("Q3 未填预期目标时的达标名次", 1, null, QUARTERLY),
            "RECTIFICATION_QUARTERS", new Spec("Q3 问题痕迹的整改期（季度数）", 0, null, QUARTERLY),
            "NOTICE_WORKING_DAYS", new Spec("公示期（工作日数）", 1, null, ROUTING),
            "SUPERVISION_PHONE", new Spec("公示的监督电话", null, null, ROUTING),
            "ISSUING_OFFICE", new Spec("公示和函件的发文机关", null, null, ROUTING));
    private static final Pattern READ_BY_RULES = Pattern.compile("Parameter\\s*\\(\\s*name\\s*==\\s*\"([A-Za-z0-9_]+)\"");
    private static final Pattern PARAMETER_ACTION = Pattern.compile("new\\s+Parameter\\(");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

    private Parameters() {
    }

    /** The list a parameter's words come from, when its value is a list of codes. */
    static Optional<String> listOf(String name) {
        return Optional.ofNullable(SPECS.get(name)).map(Spec::list);
    }

    /** Where a parameter is given: the table's file and sheet, the row, and the value's column. */
    private record Given(String file, RuleTable table, int row, int column) {
    }

    /**
     * Checks every parameter the DRL of {@code drlByFile} reads against the parameter rows of
     * {@code tables} (translated cells: the values are codes).
     */
    static List<RuleSetError> check(Map<String, String> drlByFile, Map<String, List<RuleTable>> tables) {
        Set<String> read = new TreeSet<>();
        drlByFile.values().forEach(drl -> {
            Matcher name = READ_BY_RULES.matcher(drl);
            while (name.find()) {
                read.add(name.group(1));
            }
        });
        List<RuleSetError> errors = new ArrayList<>();
        Map<String, Given> given = new LinkedHashMap<>();
        Map<String, Given> parameterTables = new LinkedHashMap<>();
        for (var file : tables.entrySet()) {
            for (RuleTable table : file.getValue()) {
                for (var column : table.columns().entrySet()) {
                    if (!PARAMETER_ACTION.matcher(column.getValue()).find()) {
                        continue;
                    }
                    parameterTables.putIfAbsent(file.getKey(), new Given(file.getKey(), table, table.labelRow(), table.nameColumn()));
                    for (int row : table.ruleRows()) {
                        Given here = new Given(file.getKey(), table, row, column.getKey());
                        Given before = given.putIfAbsent(table.name(row), here);
                        if (before != null) {
                            errors.add(error(here, table.nameColumn(), "参数 " + table.name(row) + " 重复：它已在"
                                    + before.table().sheet().name() + "第 " + before.row() + " 行给出，请删除其中一行 (duplicate parameter)"));
                        }
                    }
                }
            }
        }
        for (String name : read) {
            Given at = given.get(name);
            if (at == null) {
                errors.add(missing(name, homeOf(name, parameterTables)));
            } else {
                valueProblem(name, at.table().sheet().text(at.row(), at.column()).orElse(""))
                        .ifPresent(problem -> errors.add(error(at, at.column(), problem)));
            }
        }
        return errors;
    }

    private static Optional<String> valueProblem(String name, String value) {
        Spec spec = SPECS.get(name);
        if (value.isBlank()) {
            return Optional.of("参数 " + name + " 没有取值：请填写" + (spec == null ? "" : spec.meaning()) + " (value missing)");
        }
        if (spec != null && spec.min() != null && (!WHOLE_NUMBER.matcher(value).matches()
                || Long.parseLong(value) < spec.min())) {
            return Optional.of("参数 " + name + "（" + spec.meaning() + "）应为不小于 " + spec.min() + " 的整数，现为“" + value
                    + "” (not a whole number from " + spec.min() + ")");
        }
        return Optional.empty();
    }

    /** The parameter table of the file the parameter belongs in, else the first one, else none. */
    private static Given homeOf(String name, Map<String, Given> parameterTables) {
        Spec spec = SPECS.get(name);
        Given home = spec == null ? null : parameterTables.get(spec.home());
        return home != null ? home : parameterTables.values().stream().findFirst().orElse(null);
    }

    private static RuleSetError missing(String name, Given parameterTable) {
        Spec spec = SPECS.get(name);
        String message = "缺少参数 " + name + (spec == null ? "" : "（" + spec.meaning() + "）") + "：规则要用它，请在参数表中加一行，"
                + "第一列写 " + name + "，取值列填写取值 (missing parameter)";
        return parameterTable == null ? RuleSetError.inFile("", message)
                : new RuleSetError(parameterTable.file(), parameterTable.table().sheet().name(), parameterTable.row(),
                        parameterTable.column() < 0 ? null : CellReference.convertNumToColString(parameterTable.column()),
                        message);
    }

    private static RuleSetError error(Given at, int column, String message) {
        return new RuleSetError(at.file(), at.table().sheet().name(), at.row(),
                column < 0 ? null : CellReference.convertNumToColString(column), message);
    }
}
