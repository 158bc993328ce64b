package com.meritarchive.scenario;

import static com.meritarchive.scenario.CaseRequest.labels;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RequestReader;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.Vocabulary;
import com.meritarchive.ruleset.CodeLists;
import com.meritarchive.ruleset.RuleSetError;
import com.meritarchive.ruleset.RuleSetInvalidException;
import com.meritarchive.ruleset.WorkbookSize;
import com.meritarchive.scenario.Scenario.Expectation;
import com.meritarchive.scenario.ScenarioSheet.Line;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a scenario workbook ({@code *.scenarios.xlsx}) into cases: sheet 年度场景 (records of a
 * year → outcomes), 季度场景 (rankings and earlier records of a quarter → new records,
 * cancellations and outcomes), 能上能下场景 (a step-down application → decision) and 公示备案场景
 * (one result → who receives it and whether it is publicly noticed, one row per case). A subject
 * is a cadre when 单位类别 is empty and a unit otherwise; 预期结果 lists the exact codes the
 * subject should get, 无 for none. Each case is written as the request the HR system would send
 * and checked by the same checks ({@link RequestReader}); see the README for the columns and the
 * conventions below.
 */
final class ScenarioBook {

    static final String ANNUAL = "年度场景";
    static final String QUARTERLY = "季度场景";
    static final String STEP_DOWN = "能上能下场景";
    static final String ROUTING = "公示备案场景";

    /** The county unit a scenario's cadres belong to: the sheets have no column for a cadre's unit, and no rule reads it. */
    static final String CADRES_UNIT = "HOME";
    /** The lead unit of a ranking whose 牵头单位 is empty. */
    static final String LEAD_UNIT = "LEAD";
    /** The indicator of a record or ranking whose 指标 is empty: all of a case's such rows are on one indicator. */
    static final String ONE_INDICATOR = "I";
    /** A step-down case's applicant. */
    static final String APPLICANT = "C1";

    /** Words in one cell may be separated by ASCII or Chinese commas, semicolons or spaces. */
    static final String SEPARATORS = "[,，、;；\\s]+";

    private static final List<String> RECORD_COLUMNS = List.of("场景", "对象", "单位类别", "档案类型", "档案年", "档案季度",
            "指标", "状态", "预期结果");
    private static final Map<String, String> RECORD_LABELS = labels("id", "对象", "subjectType", "单位类别", "subjectId",
            "对象", "type", "档案类型", "year", "档案年", "quarter", "档案季度", "indicator", "指标", "status", "状态");
    private static final Map<String, String> RANKING_LABELS = labels("id", "场景", "indicator", "指标", "rank", "考核名次",
            "rankedCount", "参评数", "targetRank", "目标名次", "leadUnitId", "牵头单位", "group", "责任小组");
    private static final Map<String, String> SUBJECT_LABELS = labels("id", "对象", "kind", "单位类别", "unitId", "对象");

    private final String file;
    private final Choices choices;
    private final List<RuleSetError> errors = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();

    private ScenarioBook(String file, Choices choices) {
        this.file = file;
        this.choices = choices;
    }

    /**
     * Every case of the workbook, its words read with the version's lists ({@code codes}); a
     * malformed workbook is refused with every problem located.
     */
    static List<Scenario> read(String file, byte[] content, CodeLists codes) {
        WorkbookSize.check(file, content);
        ScenarioBook book = new ScenarioBook(file, new Choices(codes));
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet annual = workbook.getSheet(ANNUAL);
            Sheet quarterly = workbook.getSheet(QUARTERLY);
            Sheet stepDown = workbook.getSheet(STEP_DOWN);
            Sheet routing = workbook.getSheet(ROUTING);
            if (annual == null && quarterly == null && stepDown == null && routing == null) {
                book.errors.add(RuleSetError.inFile(file, "没有场景工作表：请使用“" + ANNUAL + "”“" + QUARTERLY + "”“"
                        + STEP_DOWN + "”或“" + ROUTING + "”作为工作表名称 (no scenario sheet)"));
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
            if (routing != null) {
                book.scenarios.addAll(RoutingCases.read(new ScenarioSheet(file, routing, RoutingCases.COLUMNS, book.errors),
                        book.choices));
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
            CaseRequest request = new CaseRequest(lines.get(0));
            People people = new People(request);
            List<Expectation> expectations = new ArrayList<>();
            Integer year = null;
            for (Line line : lines) {
                year = year != null ? year : sheet.number(line, "决策年度", false);
                readSubjectLine(sheet, line, request, people, expectations);
            }
            if (year == null) {
                sheet.reject(lines.get(0), "决策年度", "请在场景的第一行填写决策年度 (decision year missing)");
                return;
            }
            request.top("year", year, "决策年度");
            people.close();
            AnnualRequest checked = request.check(sheet, RequestReader::annual);
            if (checked != null) {
                scenarios.add(new Scenario.Annual(name, sheet.name(), checked, expectations));
            }
        });
    }

    private void readQuarterly(ScenarioSheet sheet) {
        if (!sheet.errors.isEmpty()) {
            return;
        }
        sheet.cases().forEach((name, lines) -> {
            CaseRequest request = new CaseRequest(lines.get(0));
            People people = new People(request);
            List<Expectation> expectations = new ArrayList<>();
            Integer year = null;
            Integer quarter = null;
            int rankings = 0;
            for (Line line : lines) {
                year = year != null ? year : sheet.number(line, "决策年度", false);
                quarter = quarter != null ? quarter : sheet.number(line, "决策季度", false);
                if (!line.get("考核名次").isEmpty()) {
                    readRanking(sheet, line, name + "#" + ++rankings, request, people);
                } else {
                    readSubjectLine(sheet, line, request, people, expectations);
                }
            }
            if (year == null || quarter == null) {
                sheet.reject(lines.get(0), "决策季度", "请在场景的第一行填写决策年度和决策季度 (decision quarter missing)");
                return;
            }
            request.top("year", year, "决策年度");
            request.top("quarter", quarter, "决策季度");
            request.body.withArray("assessments");
            people.close();
            QuarterlyRequest checked = request.check(sheet, RequestReader::quarterly);
            if (checked != null) {
                scenarios.add(new Scenario.Quarterly(name, sheet.name(), checked, expectations));
            }
        });
    }

    private void readStepDown(ScenarioSheet sheet) {
        if (!sheet.errors.isEmpty()) {
            return;
        }
        sheet.cases().forEach((name, lines) -> {
            Line line = lines.get(0);
            String managedBy = sheet.oneOf(line, "干部管理权限", choices, "干部管理权限", Vocabulary.MANAGERS, null);
            if (managedBy == null) {
                if (!sheet.rejected(line, "干部管理权限")) {
                    sheet.reject(line, "干部管理权限", "请填写干部管理权限 "
                            + String.join(" 或 ", choices.words("干部管理权限", Vocabulary.MANAGERS)));
                }
                return;
            }
            CaseRequest request = new CaseRequest(line);
            request.body.putObject("cadre").put("id", APPLICANT).put("name", name).put("unitId", CADRES_UNIT)
                    .put("managedBy", managedBy);
            request.body.put("unitOpinionSigned", sheet.yesNo(line, "单位已签署意见"));
            request.body.put("leaderApproved", sheet.yesNo(line, "分管领导已审批"));
            StepDownRequest checked = request.check(sheet, RequestReader::stepDown);
            if (checked != null) {
                scenarios.add(new Scenario.StepDown(name, sheet.name(), checked,
                        List.of(new Expectation(SubjectRef.cadre(APPLICANT), expected(sheet, line), line.row()))));
            }
        });
    }

    /** A line about a subject: declares it, adds its record when 档案类型 is set, its expectation when 预期结果 is. */
    private void readSubjectLine(ScenarioSheet sheet, Line line, CaseRequest request, People people,
            List<Expectation> expectations) {
        String subject = line.get("对象");
        if (subject.isEmpty()) {
            if (!line.get("档案类型").isEmpty() || !line.get("预期结果").isEmpty()) {
                sheet.reject(line, "对象", "请填写对象编号 (subject missing)");
            }
            return;
        }
        String subjectType = line.get("单位类别").isEmpty() ? Vocabulary.CADRE : Vocabulary.UNIT;
        people.add(subjectType, subject, sheet.oneOf(line, "单位类别", choices, "单位类别", Vocabulary.UNIT_KINDS, null), line);
        if (!line.get("档案类型").isEmpty()) {
            ObjectNode record = request.element("records", line, RECORD_LABELS)
                    .put("id", "r" + line.row() + "-" + subject).put("subjectType", subjectType).put("subjectId", subject)
                    .put("type", sheet.oneOf(line, "档案类型", choices, "档案类型", Vocabulary.RECORD_TYPES, null))
                    .put("indicator", line.get("指标").isEmpty() ? ONE_INDICATOR : line.get("指标"))
                    .put("status", sheet.oneOf(line, "状态", choices, "档案状态", Vocabulary.STATUSES, Vocabulary.ACTIVE));
            putNumber(record, "year", sheet.number(line, "档案年", true));
            putNumber(record, "quarter", sheet.number(line, "档案季度", true));
        }
        if (!line.get("预期结果").isEmpty()) {
            expectations.add(new Expectation(new SubjectRef(subjectType, subject), expected(sheet, line), line.row()));
        }
    }

    /** A line with 考核名次: one indicator's ranking, its lead unit (单位类别 is the lead unit's) and its group. */
    private void readRanking(ScenarioSheet sheet, Line line, String id, CaseRequest request, People people) {
        String leadUnit = line.get("牵头单位").isEmpty() ? LEAD_UNIT : line.get("牵头单位");
        people.add(Vocabulary.UNIT, leadUnit,
                sheet.oneOf(line, "单位类别", choices, "单位类别", Vocabulary.UNIT_KINDS, Vocabulary.COUNTY), line);
        String indicator = line.get("指标").isEmpty() ? ONE_INDICATOR : line.get("指标");
        ObjectNode ranking = request.element("assessments", line, RANKING_LABELS).put("id", id).put("keyWork", "场景")
                .put("task", indicator).put("indicator", indicator).put("leadUnitId", leadUnit);
        putNumber(ranking, "rank", sheet.number(line, "考核名次", true));
        putNumber(ranking, "rankedCount", sheet.number(line, "参评数", true));
        putNumber(ranking, "targetRank", sheet.number(line, "目标名次", false));
        var group = ranking.putArray("group");
        for (String member : line.get("责任小组").split("[,，、;；]")) {
            if (member.isBlank()) {
                continue;
            }
            String[] parts = member.strip().split("[:：]");
            Optional<String> role = parts.length == 2 ? choices.code("角色", Vocabulary.ROLES, parts[1].strip()) : Optional.empty();
            if (role.isEmpty()) {
                sheet.reject(line, "责任小组", "成员应写成“编号：角色”，角色为 " + String.join("、", choices.words("角色", Vocabulary.ROLES))
                        + "，现为“" + member.strip() + "”");
                continue;
            }
            people.add(Vocabulary.CADRE, parts[0].strip(), null, line);
            group.addObject().put("cadreId", parts[0].strip()).put("role", role.get());
        }
    }

    private static void putNumber(ObjectNode node, String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** The codes 预期结果 lists (names or codes, separated by commas; 无 for none); a word not in the outcome list is an error. */
    private SortedSet<String> expected(ScenarioSheet sheet, Line line) {
        SortedSet<String> codes = new TreeSet<>();
        String text = line.get("预期结果");
        if (text.equals("无")) {
            return codes;
        }
        for (String word : text.split(SEPARATORS)) {
            if (!word.isEmpty()) {
                choices.outcome(word).ifPresentOrElse(codes::add, () -> sheet.reject(line, "预期结果", "预期结果中的“" + word
                        + "”不在结果代码表中：请写结果的中文名称（如 年度考核直接评为优秀），多个用“、”分隔 (unknown outcome)"));
            }
        }
        return codes;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    /** The units and cadres a case mentions, each added to the request once, at the row that first names it. */
    private static final class People {

        private final CaseRequest request;
        private final Set<String> units = new HashSet<>();
        private final Set<String> cadres = new HashSet<>();

        People(CaseRequest request) {
            this.request = request;
        }

        void add(String subjectType, String id, String kind, Line line) {
            if (subjectType.equals(Vocabulary.UNIT)) {
                if (units.add(id)) {
                    request.element("units", line, SUBJECT_LABELS).put("id", id).put("name", id)
                            .put("kind", kind == null ? Vocabulary.COUNTY : kind);
                }
            } else if (cadres.add(id)) {
                request.element("cadres", line, SUBJECT_LABELS).put("id", id).put("name", id).put("unitId", CADRES_UNIT)
                        .put("managedBy", Vocabulary.ORG_DEPT);
            }
        }

        /** Every request lists its units and cadres, and the scenario's cadres have their county unit. */
        void close() {
            request.body.withArray("units");
            request.body.withArray("cadres");
            request.body.withArray("records");
            if (!cadres.isEmpty() && units.add(CADRES_UNIT)) {
                request.element("units", null, SUBJECT_LABELS).put("id", CADRES_UNIT).put("name", CADRES_UNIT)
                        .put("kind", Vocabulary.COUNTY);
            }
        }
    }
}
