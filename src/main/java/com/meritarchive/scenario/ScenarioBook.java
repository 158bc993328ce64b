package com.meritarchive.scenario;

import com.meritarchive.decision.AnnualRequest;
import com.meritarchive.decision.AssessmentInput;
import com.meritarchive.decision.AssessmentInput.GroupMemberInput;
import com.meritarchive.decision.CadreInput;
import com.meritarchive.decision.QuarterlyRequest;
import com.meritarchive.decision.RecordInput;
import com.meritarchive.decision.StepDownRequest;
import com.meritarchive.decision.UnitInput;
import com.meritarchive.ruleset.RuleSetError;
import com.meritarchive.ruleset.RuleSetInvalidException;
import com.meritarchive.scenario.Scenario.Expectation;
import com.meritarchive.scenario.ScenarioSheet.Line;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a scenario workbook ({@code *.scenarios.xlsx}) into cases: sheet 年度场景 (records of a
 * year → outcomes), 季度场景 (rankings and earlier records of a quarter → new records,
 * cancellations and outcomes) and 能上能下场景 (a step-down application → decision). A subject
 * is a cadre when 单位类别 is empty and a unit otherwise; 预期结果 lists the exact codes the
 * subject should get, 无 for none. See the README for the columns.
 */
final class ScenarioBook {

    static final String ANNUAL = "年度场景";
    static final String QUARTERLY = "季度场景";
    static final String STEP_DOWN = "能上能下场景";
    private static final List<String> KINDS = List.of("COUNTY", "STATIONED");
    private static final List<String> TYPES = List.of("PERFORMANCE", "PROBLEM_TRACE");
    private static final List<String> STATUSES = List.of("ACTIVE", "CANCELLED");
    private static final List<String> MANAGERS = List.of("ORG_DEPT", "HR_BUREAU");
    private static final List<String> ROLES = List.of("LEADER", "COORDINATOR", "BUSINESS_LEAD", "MEMBER");
    private static final List<String> RECORD_COLUMNS = List.of("场景", "对象", "单位类别", "档案类型", "档案年", "档案季度",
            "指标", "状态", "预期结果");

    private final String file;
    private final List<RuleSetError> errors = new ArrayList<>();
    final List<Scenario> scenarios = new ArrayList<>();

    private ScenarioBook(String file) {
        this.file = file;
    }

    /** Every case of the workbook; a malformed workbook is refused with every problem located. */
    static List<Scenario> read(String file, byte[] content) {
        ScenarioBook book = new ScenarioBook(file);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet annual = workbook.getSheet(ANNUAL);
            Sheet quarterly = workbook.getSheet(QUARTERLY);
            Sheet stepDown = workbook.getSheet(STEP_DOWN);
            if (annual == null && quarterly == null && stepDown == null) {
                book.errors.add(RuleSetError.inFile(file, "没有场景工作表：请使用“" + ANNUAL + "”“" + QUARTERLY + "”或“"
                        + STEP_DOWN + "”作为工作表名称 (no scenario sheet)"));
            }
            if (annual != null) {
                book.readAnnual(new ScenarioSheet(file, annual, concat(RECORD_COLUMNS, "决策年度"), book.errors));
            }
            if (quarterly != null) {
                book.readQuarterly(new ScenarioSheet(file, quarterly, concat(RECORD_COLUMNS, "决策年度", "决策季度", "考核名次",
                        "参评数", "目标名次", "牵头单位", "责任小组"), book.errors));
            }
            if (stepDown != null) {
                book.readStepDown(new ScenarioSheet(file, stepDown, List.of("场景", "干部管理权限", "单位已签署意见",
                        "分管领导已审批", "预期结果"), book.errors));
            }
        } catch (RuleSetInvalidException e) {
            throw e;
        } catch (Exception e) {
            book.errors.add(RuleSetError.inFile(file, "无法读取测试场景工作簿 (cannot read the scenario workbook: "
                    + e.getMessage() + ")"));
        }
        if (!book.errors.isEmpty()) {
            throw new RuleSetInvalidException(book.errors);
        }
        return book.scenarios;
    }

    private void readAnnual(ScenarioSheet sheet) {
        if (!sheet.errors.isEmpty()) {
            return;
        }
        sheet.cases().forEach((name, lines) -> {
            People people = new People();
            List<RecordInput> records = new ArrayList<>();
            List<Expectation> expectations = new ArrayList<>();
            Integer year = null;
            for (Line line : lines) {
                year = year != null ? year : sheet.number(line, "决策年度", false);
                readSubjectLine(sheet, line, people, records, expectations);
            }
            if (year == null) {
                sheet.reject(lines.get(0), "决策年度", "请在场景的第一行填写决策年度 (decision year missing)");
                return;
            }
            scenarios.add(new Scenario.Annual(name, sheet.name(),
                    new AnnualRequest(year, people.units(), people.cadres(), records), expectations));
        });
    }

    private void readQuarterly(ScenarioSheet sheet) {
        if (!sheet.errors.isEmpty()) {
            return;
        }
        sheet.cases().forEach((name, lines) -> {
            People people = new People();
            List<RecordInput> records = new ArrayList<>();
            List<AssessmentInput> assessments = new ArrayList<>();
            List<Expectation> expectations = new ArrayList<>();
            Integer year = null;
            Integer quarter = null;
            for (Line line : lines) {
                year = year != null ? year : sheet.number(line, "决策年度", false);
                quarter = quarter != null ? quarter : sheet.number(line, "决策季度", false);
                if (!line.get("考核名次").isEmpty()) {
                    assessments.add(assessment(sheet, line, name, assessments.size() + 1, people));
                } else {
                    readSubjectLine(sheet, line, people, records, expectations);
                }
            }
            if (year == null || quarter == null) {
                sheet.reject(lines.get(0), "决策季度", "请在场景的第一行填写决策年度和决策季度 (decision quarter missing)");
                return;
            }
            scenarios.add(new Scenario.Quarterly(name, sheet.name(),
                    new QuarterlyRequest(year, quarter, people.units(), people.cadres(), assessments, records), expectations));
        });
    }

    private void readStepDown(ScenarioSheet sheet) {
        if (!sheet.errors.isEmpty()) {
            return;
        }
        sheet.cases().forEach((name, lines) -> {
            Line line = lines.get(0);
            String managedBy = sheet.oneOf(line, "干部管理权限", MANAGERS, null);
            if (managedBy == null) {
                sheet.reject(line, "干部管理权限", "请填写干部管理权限 ORG_DEPT 或 HR_BUREAU");
                return;
            }
            StepDownRequest request = new StepDownRequest(new CadreInput("C1", name, "U1", managedBy),
                    sheet.yesNo(line, "单位已签署意见"), sheet.yesNo(line, "分管领导已审批"));
            scenarios.add(new Scenario.StepDown(name, sheet.name(), request,
                    List.of(new Expectation("CADRE", "C1", codes(line.get("预期结果")), line.row()))));
        });
    }

    /** A line about a subject: declares it, adds its record when 档案类型 is set, its expectation when 预期结果 is. */
    private void readSubjectLine(ScenarioSheet sheet, Line line, People people, List<RecordInput> records,
            List<Expectation> expectations) {
        String subject = line.get("对象");
        if (subject.isEmpty()) {
            if (!line.get("档案类型").isEmpty() || !line.get("预期结果").isEmpty()) {
                sheet.reject(line, "对象", "请填写对象编号 (subject missing)");
            }
            return;
        }
        String kind = sheet.oneOf(line, "单位类别", KINDS, null);
        String subjectType = line.get("单位类别").isEmpty() ? "CADRE" : "UNIT";
        people.add(subjectType, subject, kind);
        if (!line.get("档案类型").isEmpty()) {
            String type = sheet.oneOf(line, "档案类型", TYPES, null);
            Integer recordYear = sheet.number(line, "档案年", true);
            Integer recordQuarter = sheet.number(line, "档案季度", true);
            String indicator = line.get("指标").isEmpty() ? "I" : line.get("指标");
            if (type != null && recordYear != null && recordQuarter != null) {
                records.add(new RecordInput("r" + line.row() + "-" + subject, subjectType, subject, type, recordYear,
                        recordQuarter, null, indicator, sheet.oneOf(line, "状态", STATUSES, "ACTIVE")));
            }
        }
        if (!line.get("预期结果").isEmpty()) {
            expectations.add(new Expectation(subjectType, subject, codes(line.get("预期结果")), line.row()));
        }
    }

    private AssessmentInput assessment(ScenarioSheet sheet, Line line, String name, int number, People people) {
        String leadUnit = line.get("牵头单位").isEmpty() ? "LEAD" : line.get("牵头单位");
        people.add("UNIT", leadUnit, sheet.oneOf(line, "单位类别", KINDS, "COUNTY"));
        List<GroupMemberInput> group = new ArrayList<>();
        for (String member : line.get("责任小组").split("[,，、;；]")) {
            if (member.isBlank()) {
                continue;
            }
            String[] parts = member.strip().split("[:：]");
            if (parts.length != 2 || !ROLES.contains(parts[1].strip())) {
                sheet.reject(line, "责任小组", "成员应写成“编号:角色”，角色为 " + String.join("、", ROLES) + "，现为“" + member.strip() + "”");
                continue;
            }
            people.add("CADRE", parts[0].strip(), null);
            group.add(new GroupMemberInput(parts[0].strip(), parts[1].strip()));
        }
        Integer rank = sheet.number(line, "考核名次", true);
        Integer rankedCount = sheet.number(line, "参评数", true);
        String indicator = line.get("指标").isEmpty() ? "I" : line.get("指标");
        return new AssessmentInput(name + "#" + number, "场景", indicator, indicator, rank == null ? 1 : rank,
                rankedCount == null ? 10 : rankedCount, sheet.number(line, "目标名次", false), leadUnit, group);
    }

    private static SortedSet<String> codes(String text) {
        SortedSet<String> codes = new TreeSet<>();
        if (!text.strip().equals("无")) {
            Arrays.stream(text.split("[,，、;；\\s]+")).filter(code -> !code.isEmpty()).forEach(codes::add);
        }
        return codes;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    /** The units and cadres a case mentions; cadres belong to a unit of their own. */
    private static final class People {

        private final Map<String, UnitInput> units = new LinkedHashMap<>();
        private final Map<String, CadreInput> cadres = new LinkedHashMap<>();

        void add(String subjectType, String id, String kind) {
            if (subjectType.equals("UNIT")) {
                units.putIfAbsent(id, new UnitInput(id, id, kind == null ? "COUNTY" : kind));
            } else {
                cadres.putIfAbsent(id, new CadreInput(id, id, "HOME", "ORG_DEPT"));
            }
        }

        List<UnitInput> units() {
            List<UnitInput> all = new ArrayList<>(units.values());
            if (!cadres.isEmpty() && !units.containsKey("HOME")) {
                all.add(new UnitInput("HOME", "HOME", "COUNTY"));
            }
            return all;
        }

        List<CadreInput> cadres() {
            return List.copyOf(cadres.values());
        }
    }
}
