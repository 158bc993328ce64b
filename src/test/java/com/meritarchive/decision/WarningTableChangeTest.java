package com.meritarchive.decision;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.testing.AnnualWorkbook;
import java.util.List;
import java.util.SortedMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The warnings follow the tables: a threshold policy staff change in the outcome tables moves the
 * warning with it (no copy of it anywhere), the sentence is a cell of Warnings.drl.xlsx, and the
 * warning rules make no record, cancellation or outcome (the same requests decided without them).
 */
class WarningTableChangeTest {

    private static final int Y = 2017;
    private static final String WARNINGS = "Warnings.drl.xlsx";

    /** C1 with one performance record this year, C2 with two, decided in Q2. */
    private static QuarterlyRules oneAndTwoRecords() {
        return new QuarterlyRules(Y, 2).unit("U-LEAD", "COUNTY").cadre("C1", "C1", "U-LEAD").cadre("C2", "C2", "U-LEAD")
                .performance("P-C1", "C1", Y, 1, "I1").performance("P-C2-1", "C2", Y, 1, "I1")
                .performance("P-C2-2", "C2", Y, 1, "I2");
    }

    @Test
    void shouldWarnOfA1AtOneRecordWithTheShippedThresholdOfTwo() {
        QuarterlyDecision answer = oneAndTwoRecords().decide();

        assertEquals(List.of("CADRE C1 W4 ANNUAL_EXCELLENT[P-C1]", "CADRE C2 W5 MAJOR_CONTRIBUTION_NOMINEE[P-C2-1, P-C2-2]"),
                QuarterlyRules.warnings(answer));
    }

    @Test
    void shouldMoveW4FromOneRecordToTwoWhenStaffRaiseTheA1ThresholdToThree() {
        AnnualWorkbook workbook = AnnualWorkbook.shipped();
        workbook.cell("A1", "实绩档案次数 ≥").setCellValue(3);

        QuarterlyDecision answer = oneAndTwoRecords().decide(workbook.compile());

        assertAll(
                () -> assertEquals(List.of("CADRE C2 W4 ANNUAL_EXCELLENT[P-C2-1, P-C2-2]",
                        "CADRE C2 W5 MAJOR_CONTRIBUTION_NOMINEE[P-C2-1, P-C2-2]"), QuarterlyRules.warnings(answer)),
                () -> assertEquals("2017 年已记入实绩档案 2 次且未被建立问题痕迹档案，若 2017 年第 3 季度再记入 1 次且不被建立问题痕迹档案，年度考核将直接评为优秀",
                        QuarterlyRules.message(answer, "C2", "W4")));
    }

    @Test
    void shouldMoveW6WhenStaffShortenTheU1RunToTwoQuarters() {
        AnnualWorkbook workbook = AnnualWorkbook.shipped();
        workbook.cell("U1", "连续季度数 ≥").setCellValue(2);
        QuarterlyRules county = new QuarterlyRules(Y, 2).unit("S1", "STATIONED").unit("S2", "STATIONED")
                .cadre("C1", "C1", "S1").performance("P-S1", "S1", Y, 1, "I1")
                .assessment("A", "I1", 1, 10, null, "S2", "C1:MEMBER");

        assertAll(
                () -> assertEquals(List.of(), QuarterlyRules.warnings(county.decide())),
                () -> assertEquals(List.of("UNIT S2 W6 UNIT_ANNUAL_EXCELLENT[A/S2]"),
                        QuarterlyRules.warnings(county.decide(workbook.compile()))));
    }

    @Test
    void shouldWarnOfQ5OnlyAfterTwoQuartersOfTracesWhenStaffLengthenItsRunToThree() {
        CompiledRuleSet threeQuarters = QuarterlyRules.withQuarterlyCell("Q5", "连续季度数", 3);
        QuarterlyRules county = new QuarterlyRules(Y, 2).unit("U-LEAD", "COUNTY").cadre("C1", "C1", "U-LEAD")
                .cadre("C2", "C2", "U-LEAD").trace("T-C2", "C2", Y, 1, "I2")
                .assessment("A", "I1", 10, 10, null, "U-LEAD", "C1:BUSINESS_LEAD", "C2:COORDINATOR");

        assertEquals(List.of("CADRE C1 W1 DISCIPLINE_REFERRAL[A/C1]", "CADRE C2 W1 DISCIPLINE_REFERRAL[A/C2]",
                "CADRE C2 W2 KEY_OBSERVATION[A/C2, T-C2]", "CADRE C2 W2 POSITION_ADJUSTMENT[A/C2, T-C2]"),
                QuarterlyRules.warnings(county.decide(threeQuarters)));
    }

    @Test
    void shouldSayTheSentenceStaffWriteInTheWarningTable() {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put(WARNINGS, AnnualWorkbook.edit(files.get(WARNINGS), book -> {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if ("W4".equals(text(row.getCell(0)))) {
                    row.getCell(4).setCellValue("{年度} 年已有 {次数} 次实绩档案，{下一季度}再得 1 次即可评为优秀");
                }
            }
        }));

        QuarterlyDecision answer = oneAndTwoRecords().decide(new RuleSetCompiler().compile(new RuleSetFiles(files)));

        assertEquals("2017 年已有 1 次实绩档案，2017 年第 3 季度再得 1 次即可评为优秀", QuarterlyRules.message(answer, "C1", "W4"));
    }

    @Test
    void shouldMakeTheSameRecordsCancellationsAndOutcomesWithoutTheWarningRules() {
        SortedMap<String, byte[]> withoutTable = AnnualWorkbook.shippedFiles();
        withoutTable.remove(WARNINGS);
        SortedMap<String, byte[]> withoutAny = AnnualWorkbook.shippedFiles();
        withoutAny.remove(WARNINGS);
        withoutAny.remove("warnings.drl");
        CompiledRuleSet noWarningRows = new RuleSetCompiler().compile(new RuleSetFiles(withoutTable));
        CompiledRuleSet noWarningRules = new RuleSetCompiler().compile(new RuleSetFiles(withoutAny));
        // every quarterly clause decides here, and every warning is given
        QuarterlyRules county = new QuarterlyRules(Y, 2).unit("U-LEAD", "COUNTY").unit("S1", "STATIONED")
                .unit("S2", "STATIONED").cadre("C1", "C1", "U-LEAD").cadre("C2", "C2", "U-LEAD").cadre("C3", "C3", "U-LEAD")
                .trace("T-C1", "C1", Y, 1, "I1").trace("T-S1", "S1", Y, 1, "I1").trace("T-C3", "C3", Y, 1, "I3")
                .performance("P-C2", "C2", Y, 1, "I2").performance("P-S2", "S2", Y, 1, "I2")
                .assessment("A", "I1", 10, 10, null, "S1", "C1:BUSINESS_LEAD")
                .assessment("B", "I2", 1, 10, null, "S2", "C2:BUSINESS_LEAD")
                .assessment("C", "I3", 2, 10, null, "U-LEAD", "C3:COORDINATOR");

        QuarterlyDecision shipped = county.decide();
        assertAll(
                () -> assertEquals(List.of("W1", "W2", "W3", "W4", "W5", "W6"),
                        shipped.warnings().stream().map(w -> w.rule()).distinct().sorted().toList()),
                () -> assertNotEquals(List.of(), shipped.cancellations()),
                () -> assertNotEquals(List.of(), QuarterlyRules.outcomes(shipped, "C1")));
        for (CompiledRuleSet without : List.of(noWarningRows, noWarningRules)) {
            QuarterlyDecision answer = county.decide(without);
            assertAll(
                    () -> assertEquals(shipped.newRecords(), answer.newRecords()),
                    () -> assertEquals(shipped.cancellations(), answer.cancellations()),
                    () -> assertEquals(shipped.cadres(), answer.cadres()),
                    () -> assertEquals(shipped.units(), answer.units()),
                    () -> assertEquals(List.of(), answer.warnings()));
        }
    }

    private static String text(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : null;
    }
}
