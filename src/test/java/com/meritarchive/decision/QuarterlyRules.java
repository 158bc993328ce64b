package com.meritarchive.decision;

import com.meritarchive.decision.fact.Warning;
import com.meritarchive.request.AssessmentInput;
import com.meritarchive.request.AssessmentInput.GroupMemberInput;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.UnitInput;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.testing.AnnualWorkbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Test helper for the quarterly decision: a county with its units and cadres, the quarter's
 * assessments (each with a responsibility group) and the records made before, decided with the
 * shipped rule set or a variant of it.
 */
final class QuarterlyRules {

    private final Map<String, UnitInput> units = new LinkedHashMap<>();
    private final Map<String, CadreInput> cadres = new LinkedHashMap<>();
    private final List<AssessmentInput> assessments = new ArrayList<>();
    private final List<RecordInput> records = new ArrayList<>();
    private int year;
    private int quarter;

    QuarterlyRules(int year, int quarter) {
        this.year = year;
        this.quarter = quarter;
    }

    QuarterlyRules unit(String id, String kind) {
        units.put(id, new UnitInput(id, id, kind));
        return this;
    }

    QuarterlyRules unit(String id, String name, String kind) {
        units.put(id, new UnitInput(id, name, kind));
        return this;
    }

    QuarterlyRules cadre(String id) {
        if (units.isEmpty()) {
            unit("U-LEAD", "COUNTY");
        }
        return cadre(id, id, units.keySet().iterator().next());
    }

    QuarterlyRules cadre(String id, String name, String unitId) {
        cadres.put(id, new CadreInput(id, name, unitId, "ORG_DEPT"));
        return this;
    }

    /**
     * An assessment of {@code indicator} ranked {@code rank} of {@code rankedCount}, led by
     * {@code leadUnit}, with members given as "cadreId:ROLE".
     */
    QuarterlyRules assessment(String id, String indicator, int rank, int rankedCount, Integer targetRank,
            String leadUnit, String... members) {
        return assessment(id, "追赶超越", indicator, rank, rankedCount, targetRank, leadUnit, members);
    }

    /** As {@link #assessment(String, String, int, int, Integer, String, String...)}, in a named key work area. */
    QuarterlyRules assessment(String id, String keyWork, String indicator, int rank, int rankedCount, Integer targetRank,
            String leadUnit, String... members) {
        List<GroupMemberInput> group = new ArrayList<>();
        for (String member : members) {
            String[] parts = member.split(":");
            group.add(new GroupMemberInput(parts[0], parts[1]));
        }
        assessments.add(new AssessmentInput(id, keyWork, "task of " + indicator, indicator, rank, rankedCount, targetRank,
                leadUnit, group));
        return this;
    }

    /** An earlier record, exactly as the HR system would send it. */
    QuarterlyRules record(RecordInput record) {
        records.add(record);
        return this;
    }

    QuarterlyRules record(String id, String subjectId, String type, int recordYear, int recordQuarter, String indicator,
            String status) {
        String subjectType = cadres.containsKey(subjectId) ? "CADRE" : "UNIT";
        return record(new RecordInput(id, subjectType, subjectId, type, recordYear, recordQuarter, "追赶超越", indicator, status));
    }

    /** An earlier active problem trace. */
    QuarterlyRules trace(String id, String subjectId, int recordYear, int recordQuarter, String indicator) {
        return record(id, subjectId, "PROBLEM_TRACE", recordYear, recordQuarter, indicator, "ACTIVE");
    }

    /** An earlier performance record. */
    QuarterlyRules performance(String id, String subjectId, int recordYear, int recordQuarter, String indicator) {
        return record(id, subjectId, "PERFORMANCE", recordYear, recordQuarter, indicator, "ACTIVE");
    }

    /** Moves on to the next quarter: the answer's new records and cancellations become earlier records. */
    QuarterlyRules next(QuarterlyDecision answer) {
        List<String> cancelled = answer.cancellations().stream().map(QuarterlyDecision.CancellationView::recordId).toList();
        records.replaceAll(r -> cancelled.contains(r.id())
                ? new RecordInput(r.id(), r.subjectType(), r.subjectId(), r.type(), r.year(), r.quarter(), r.keyWork(),
                        r.indicator(), "CANCELLED")
                : r);
        answer.newRecords().forEach(n -> records.add(new RecordInput(n.id(), n.subjectType(), n.subjectId(), n.type(),
                n.year(), n.quarter(), n.keyWork(), n.indicator(), n.status())));
        assessments.clear();
        quarter++;
        if (quarter == 5) {
            quarter = 1;
            year++;
        }
        return this;
    }

    List<RecordInput> records() {
        return List.copyOf(records);
    }

    List<UnitInput> units() {
        return List.copyOf(units.values());
    }

    List<CadreInput> cadres() {
        return List.copyOf(cadres.values());
    }

    QuarterlyRequest request() {
        return new QuarterlyRequest(year, quarter, units(), cadres(), List.copyOf(assessments), List.copyOf(records));
    }

    QuarterlyDecision decide(CompiledRuleSet ruleSet) {
        return new QuarterlyDecider().decide(request(), ruleSet);
    }

    QuarterlyDecision decide() {
        return decide(AnnualRules.SHIPPED);
    }

    /**
     * The shipped rule set with one cell of the quarterly table set to {@code value} as policy staff
     * would set it: the cell of the row whose first column reads {@code row} (a clause such as
     * {@code Q6} or a parameter such as {@code RECTIFICATION_QUARTERS}) under the label starting
     * with {@code label} in the table's label row (e.g. {@code 连续季度数}, {@code 取值}).
     */
    static CompiledRuleSet withQuarterlyCell(String row, String label, double value) {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put(QUARTERLY_TABLE, AnnualWorkbook.edit(files.get(QUARTERLY_TABLE),
                book -> cell(book, row, label).setCellValue(value)));
        return new RuleSetCompiler().compile(new RuleSetFiles(files));
    }

    private static final String QUARTERLY_TABLE = "Quarterly.drl.xlsx";

    private static Cell cell(Workbook book, String rowName, String label) {
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                if (rowName.equals(text(row.getCell(0)))) {
                    for (int r = row.getRowNum() - 1; r >= 0; r--) {
                        Row labels = sheet.getRow(r);
                        for (Cell cell : labels == null ? List.<Cell>of() : labels) {
                            String text = text(cell);
                            if (text != null && text.startsWith(label)) {
                                return row.getCell(cell.getColumnIndex());
                            }
                        }
                    }
                }
            }
        }
        throw new IllegalArgumentException("No cell " + label + " in the row " + rowName + " of " + QUARTERLY_TABLE);
    }

    private static String text(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : null;
    }

    /** New records as "id TYPE RULE". */
    static List<String> newRecords(QuarterlyDecision answer) {
        return answer.newRecords().stream().map(r -> r.id() + " " + r.type() + " " + r.rule()).toList();
    }

    /** Outcomes of one subject as "CODE:RULE[evidence]". */
    static List<String> outcomes(QuarterlyDecision answer, String subjectId) {
        List<SubjectOutcomes> all = new ArrayList<>(answer.cadres());
        all.addAll(answer.units());
        return all.stream().filter(s -> s.id().equals(subjectId)).findFirst().orElseThrow().outcomes().stream()
                .map(o -> o.code() + ":" + o.rule() + o.evidence()).toList();
    }

    /** Warnings in the answer's order as "TYPE subjectId RULE CODE[evidence]". */
    static List<String> warnings(QuarterlyDecision answer) {
        return answer.warnings().stream()
                .map(w -> w.subjectType() + " " + w.subjectId() + " " + w.rule() + " " + w.code() + w.evidence()).toList();
    }

    /** The message of the answer's only warning of {@code rule} for {@code subjectId} (one per code: the first). */
    static String message(QuarterlyDecision answer, String subjectId, String rule) {
        return answer.warnings().stream().filter(w -> w.subjectId().equals(subjectId) && w.rule().equals(rule))
                .map(Warning::message).findFirst().orElseThrow();
    }

    /** Cancellations as "recordId RULE assessmentId". */
    static List<String> cancellations(QuarterlyDecision answer) {
        return answer.cancellations().stream().map(c -> c.recordId() + " " + c.rule() + " " + c.assessmentId()).toList();
    }

    /** Outcomes per subject id as "CODE:RULE[evidence]", every cadre and unit of the answer. */
    static Map<String, List<String>> outcomes(QuarterlyDecision answer) {
        Map<String, List<String>> bySubject = new TreeMap<>();
        List<SubjectOutcomes> all = new ArrayList<>(answer.cadres());
        all.addAll(answer.units());
        all.forEach(s -> bySubject.put(s.id(), s.outcomes().stream().map(o -> o.code() + ":" + o.rule() + o.evidence()).toList()));
        return bySubject;
    }

    /** The outcomes expected for this county: {@code decided} for some subjects, {@code []} for every other one. */
    Map<String, List<String>> outcomesWithNothingElse(Map<String, List<String>> decided) {
        Map<String, List<String>> expected = new TreeMap<>();
        cadres.keySet().forEach(id -> expected.put(id, List.of()));
        units.keySet().forEach(id -> expected.put(id, List.of()));
        expected.putAll(decided);
        return expected;
    }
}
