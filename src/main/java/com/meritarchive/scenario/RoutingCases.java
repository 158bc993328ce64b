package com.meritarchive.scenario;

import com.meritarchive.decision.fact.Routable;
import com.meritarchive.request.Vocabulary;
import com.meritarchive.ruleset.CodeLists;
import com.meritarchive.scenario.ScenarioSheet.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Sheet 公示备案场景 of a scenario workbook, one row per case: a result (结果), the cadre's manager
 * (干部管理权限; empty: the result is a unit's), who must receive it (预期送达, 无 for nobody) and
 * whether it is publicly noticed (预期公示 是/否), so that policy staff check the routing table
 * (Routing.drl.xlsx) as they check the others. Words are read with the version's lists.
 */
final class RoutingCases {

    static final List<String> COLUMNS = List.of("场景", "结果", "干部管理权限", "预期送达", "预期公示");

    /** The cadre of a case with a 干部管理权限. */
    static final String CADRE = "C1";
    /** The unit of a case whose 干部管理权限 is empty. */
    static final String UNIT = "U1";

    private final ScenarioSheet sheet;
    private final Choices choices;

    private RoutingCases(ScenarioSheet sheet, Choices choices) {
        this.sheet = sheet;
        this.choices = choices;
    }

    /** The sheet's cases; each problem goes to the sheet's errors at its cell, and its case is left out. */
    static List<Scenario> read(ScenarioSheet sheet, Choices choices) {
        List<Scenario> scenarios = new ArrayList<>();
        if (sheet.errors.isEmpty()) {
            RoutingCases cases = new RoutingCases(sheet, choices);
            sheet.cases().forEach((name, lines) -> cases.readCase(name, lines).ifPresent(scenarios::add));
        }
        return scenarios;
    }

    private Optional<Scenario> readCase(String name, List<Line> lines) {
        Line line = lines.get(0);
        int errorsBefore = sheet.errors.size();
        for (Line again : lines.subList(1, lines.size())) {
            sheet.reject(again, "场景", "公示备案场景每个场景只占一行：场景名称“" + name + "”已用于第" + line.row()
                    + "行 (duplicate case name)");
        }
        String code = result(line);
        String managedBy = sheet.oneOf(line, "干部管理权限", choices, "干部管理权限", Vocabulary.MANAGERS, null);
        boolean unit = line.get("干部管理权限").isEmpty();
        SortedSet<String> recipients = recipients(line);
        boolean notice = sheet.yesNo(line, "预期公示");
        if (sheet.errors.size() != errorsBefore) {
            return Optional.empty();
        }
        Routable result = new Routable(unit ? Vocabulary.UNIT : Vocabulary.CADRE, unit ? UNIT : CADRE, code, managedBy);
        return Optional.of(new Scenario.Routing(name, sheet.name(), line.row(), result, recipients, notice));
    }

    /** The code of 结果: one result, by its name in the outcome list (or its code). */
    private String result(Line line) {
        String word = line.get("结果");
        if (word.isEmpty()) {
            sheet.reject(line, "结果", "请填写结果的中文名称（如 年度考核直接评为优秀、新建实绩档案） (result missing)");
            return null;
        }
        return choices.outcome(word).orElseGet(() -> {
            sheet.reject(line, "结果", "结果“" + word + "”不在结果代码表中：请从下拉列表中选择一个结果（如 年度考核直接评为优秀） (unknown outcome)");
            return null;
        });
    }

    /** The codes 预期送达 lists (ORG_DEPT …; a public notice is 预期公示), empty for 无; a word not in 送达对象 is an error. */
    private SortedSet<String> recipients(Line line) {
        SortedSet<String> codes = new TreeSet<>();
        String text = line.get("预期送达");
        String choose = String.join("、", choices.words(CodeLists.RECIPIENT_LIST, Vocabulary.RECIPIENTS))
                + "，多个用“、”分隔，不送达写“无”";
        if (text.isEmpty()) {
            sheet.reject(line, "预期送达", "请填写预期送达：" + choose + " (recipients missing)");
        } else if (!text.equals("无")) {
            for (String word : text.split(ScenarioBook.SEPARATORS)) {
                if (!word.isEmpty()) {
                    choices.code(CodeLists.RECIPIENT_LIST, Vocabulary.RECIPIENTS, word).ifPresentOrElse(codes::add,
                            () -> sheet.reject(line, "预期送达", "预期送达中的“" + word + "”不在选项“" + CodeLists.RECIPIENT_LIST
                                    + "”中：请写 " + choose + " (unknown recipient)"));
                }
            }
        }
        return codes;
    }
}
