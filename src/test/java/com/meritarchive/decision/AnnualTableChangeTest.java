package com.meritarchive.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.testing.AnnualWorkbook;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Policy staff change the annual decision table, not Java: an edited copy of Annual.drl.xlsx is
 * compiled with the other shipped files and decides differently.
 */
class AnnualTableChangeTest {

    private static final int Y = 2017;
    private static final String PERFORMANCE_AT_LEAST = "实绩档案次数 ≥";
    private static final String RUN_AT_LEAST = "连续季度数 ≥";

    @Test
    void shouldRequireThreeRecordsForExcellentWhenStaffRaiseTheA1Threshold() {
        AnnualWorkbook workbook = AnnualWorkbook.shipped();
        assertEquals(2, workbook.cell("A1", PERFORMANCE_AT_LEAST).getNumericCellValue());
        workbook.cell("A1", PERFORMANCE_AT_LEAST).setCellValue(3);

        CompiledRuleSet edited = workbook.compile();

        assertEquals(7, edited.rulesPerFile().get(AnnualWorkbook.FILE));
        assertEquals(Map.of(
                "C2", List.of(),
                "C3", List.of(
                        "ANNUAL_EXCELLENT:A1[C3-P-2017Q1-I1, C3-P-2017Q3-I1, C3-P-2017Q3-I2]",
                        "MAJOR_CONTRIBUTION_NOMINEE:A2[C3-P-2017Q1-I1, C3-P-2017Q3-I1, C3-P-2017Q3-I2]"),
                "U-HOME", List.of()), twoAndThreeRecords().outcomes(edited));
    }

    @Test
    void shouldRateTwoRecordsExcellentWithTheShippedA1Threshold() {
        assertEquals(Map.of(
                "C2", List.of("ANNUAL_EXCELLENT:A1[C2-P-2017Q1-I1, C2-P-2017Q3-I1]"),
                "C3", List.of(
                        "ANNUAL_EXCELLENT:A1[C3-P-2017Q1-I1, C3-P-2017Q3-I1, C3-P-2017Q3-I2]",
                        "MAJOR_CONTRIBUTION_NOMINEE:A2[C3-P-2017Q1-I1, C3-P-2017Q3-I1, C3-P-2017Q3-I2]"),
                "U-HOME", List.of()), twoAndThreeRecords().outcomes());
    }

    @Test
    void shouldNominateForProvincialCommendationWithFourRecordsWhenStaffAddAnA6Row() {
        AnnualWorkbook workbook = AnnualWorkbook.shipped().insertClauseAfter("A2", "A6");
        workbook.cell("A6", "说明").setCellValue("一年记入4次以上实绩档案 → 推荐省级表彰");
        workbook.cell("A6", "对象类型").setCellValue("干部");
        workbook.cell("A6", PERFORMANCE_AT_LEAST).setCellValue(4);
        workbook.cell("A6", "结果").setCellValue("推荐省级表彰");

        CompiledRuleSet edited = workbook.compile(AnnualWorkbook.codesWithOutcome("PROVINCIAL_COMMENDATION_NOMINEE", "推荐省级表彰"));

        assertEquals(8, edited.rulesPerFile().get(AnnualWorkbook.FILE));
        AnnualRules county = new AnnualRules(Y).cadre("C3").cadre("C4")
                .performance("C3", Y, 1).performance("C3", Y, 3).performance("C3", Y, 3, "I2")
                .performance("C4", Y, 1).performance("C4", Y, 1, "I2").performance("C4", Y, 3).performance("C4", Y, 3, "I2");
        String c3 = "[C3-P-2017Q1-I1, C3-P-2017Q3-I1, C3-P-2017Q3-I2]";
        String c4 = "[C4-P-2017Q1-I1, C4-P-2017Q1-I2, C4-P-2017Q3-I1, C4-P-2017Q3-I2]";
        assertEquals(Map.of(
                "C3", List.of("ANNUAL_EXCELLENT:A1" + c3, "MAJOR_CONTRIBUTION_NOMINEE:A2" + c3),
                "C4", List.of("ANNUAL_EXCELLENT:A1" + c4, "MAJOR_CONTRIBUTION_NOMINEE:A2" + c4,
                        "PROVINCIAL_COMMENDATION_NOMINEE:A6" + c4),
                "U-HOME", List.of()), county.outcomes(edited));
    }

    @Test
    void shouldKeepTheOtherTablesRulesWhenStaffAddAnA6Row() {
        AnnualWorkbook workbook = AnnualWorkbook.shipped().insertClauseAfter("A2", "A6");
        workbook.cell("A6", "对象类型").setCellValue("干部");
        workbook.cell("A6", PERFORMANCE_AT_LEAST).setCellValue(4);
        workbook.cell("A6", "结果").setCellValue("推荐省级表彰");

        CompiledRuleSet edited = workbook.compile(AnnualWorkbook.codesWithOutcome("PROVINCIAL_COMMENDATION_NOMINEE", "推荐省级表彰"));

        AnnualRules county = new AnnualRules(Y).unit("S1", "STATIONED").cadre("C1")
                .trace("C1", Y, 1, "I1").trace("C1", Y, 2, "I1")
                .performance("S1", Y, 1).performance("S1", Y, 2).performance("S1", Y, 3);
        String c1 = "[C1-T-2017Q1-I1, C1-T-2017Q2-I1]";
        assertEquals(Map.of(
                "C1", List.of("DISCIPLINE_REFERRAL:A5" + c1, "KEY_OBSERVATION:A4" + c1, "POSITION_ADJUSTMENT:A4" + c1),
                "S1", List.of("UNIT_ANNUAL_EXCELLENT:U1[S1-P-2017Q1-I1, S1-P-2017Q2-I1, S1-P-2017Q3-I1]")),
                county.outcomes(edited));
    }

    @Test
    void shouldGiveARowOfOneConsecutiveQuarterToASingleRecordInTheYearButNotToOneOfThePreviousYear() {
        AnnualWorkbook workbook = AnnualWorkbook.shipped().insertClauseAfter("A5", "A6");
        workbook.cell("A6", "对象类型").setCellValue("干部");
        workbook.cell("A6", "档案类型").setCellValue("问题痕迹档案");
        workbook.cell("A6", "指标范围").setCellValue("任意指标");
        workbook.cell("A6", "连续范围").setCellValue("含上年第四季度");
        workbook.cell("A6", RUN_AT_LEAST).setCellValue(1);
        workbook.cell("A6", "结果").setCellValue("本年有问题痕迹");

        CompiledRuleSet edited = workbook.compile(AnnualWorkbook.codesWithOutcome("TRACED_THIS_YEAR", "本年有问题痕迹"));

        AnnualRules county = new AnnualRules(Y).cadre("C1").cadre("C2").cadre("C3")
                .trace("C1", Y, 3, "I1")
                .trace("C2", Y - 1, 4, "I1")
                .trace("C3", Y - 1, 4, "I1").trace("C3", Y, 1, "I2").cancelledTrace("C3", Y, 2, "I1");
        assertEquals(Map.of(
                "C1", List.of("TRACED_THIS_YEAR:A6[C1-T-2017Q3-I1]"),
                "C2", List.of(),
                "C3", List.of("KEY_OBSERVATION:A4[C3-T-2016Q4-I1, C3-T-2017Q1-I2]",
                        "POSITION_ADJUSTMENT:A4[C3-T-2016Q4-I1, C3-T-2017Q1-I2]",
                        "TRACED_THIS_YEAR:A6[C3-T-2016Q4-I1, C3-T-2017Q1-I2]"),
                "U-HOME", List.of()), county.outcomes(edited));
    }

    @Test
    void shouldRateAStationedUnitExcellentOnlyForAllFourQuartersWhenStaffSetU1ToFour() {
        AnnualWorkbook workbook = AnnualWorkbook.shipped();
        assertEquals(3, workbook.cell("U1", RUN_AT_LEAST).getNumericCellValue());
        workbook.cell("U1", RUN_AT_LEAST).setCellValue(4);

        CompiledRuleSet edited = workbook.compile();

        AnnualRules county = new AnnualRules(Y).unit("S1", "STATIONED").unit("S2", "STATIONED").unit("S3", "STATIONED")
                .performance("S1", Y, 1).performance("S1", Y, 2).performance("S1", Y, 3).performance("S1", Y, 4, "I2")
                .performance("S2", Y - 1, 4).performance("S2", Y, 1).performance("S2", Y, 2).performance("S2", Y, 3)
                .performance("S3", Y, 2).performance("S3", Y, 3).performance("S3", Y, 4);
        assertEquals(Map.of(
                "S1", List.of("UNIT_ANNUAL_EXCELLENT:U1[S1-P-2017Q1-I1, S1-P-2017Q2-I1, S1-P-2017Q3-I1, S1-P-2017Q4-I2]"),
                "S2", List.of(),
                "S3", List.of()), county.outcomes(edited));
    }

    /** C2 with exactly 2 performance records, C3 with exactly 3, none in consecutive quarters. */
    private static AnnualRules twoAndThreeRecords() {
        return new AnnualRules(Y).cadre("C2").cadre("C3")
                .performance("C2", Y, 1).performance("C2", Y, 3)
                .performance("C3", Y, 1).performance("C3", Y, 3).performance("C3", Y, 3, "I2");
    }
}
