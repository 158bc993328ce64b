package com.meritarchive.decision;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The early-warning clauses of POLICY.md (W1-W6) at their boundaries, decided with the shipped rule
 * set: each test asserts every warning of the answer (subject, rule, code, evidence), and some the
 * sentence. A warning looks at the decided quarter after its new records and cancellations.
 */
class WarningClauseTest {

    private static final int Y = 2017;

    /** A county with a county unit, two stationed units and six cadres of the county unit. */
    private static QuarterlyRules county(int year, int quarter) {
        QuarterlyRules county = new QuarterlyRules(year, quarter).unit("U-LEAD", "COUNTY").unit("S1", "STATIONED")
                .unit("S2", "STATIONED");
        for (String cadre : List.of("C1", "C2", "C3", "C4", "C5", "C6")) {
            county.cadre(cadre, cadre, "U-LEAD");
        }
        return county;
    }

    // W1, W2: a cadre with an uncancelled trace made this quarter

    @Test
    void shouldWarnOfAReferralPerIndicatorAndOfAnAdjustmentWhenTracedThisQuarter() {
        QuarterlyDecision answer = county(Y, 2).assessment("A", "I1", 9, 10, null, "U-LEAD", "C1:BUSINESS_LEAD")
                .assessment("B", "I2", 10, 10, null, "U-LEAD", "C1:BUSINESS_LEAD").decide();

        assertAll(
                () -> assertEquals(List.of("CADRE C1 W1 DISCIPLINE_REFERRAL[A/C1]", "CADRE C1 W1 DISCIPLINE_REFERRAL[B/C1]",
                        "CADRE C1 W2 KEY_OBSERVATION[A/C1, B/C1]", "CADRE C1 W2 POSITION_ADJUSTMENT[A/C1, B/C1]"),
                        QuarterlyRules.warnings(answer)),
                () -> assertEquals("本季度“I1”被建立问题痕迹档案，若 2017 年第 3 季度该指标仍被建立问题痕迹档案，将一并移送县纪委监察局问效问责",
                        QuarterlyRules.message(answer, "C1", "W1")),
                () -> assertEquals("本季度被建立问题痕迹档案，若 2017 年第 3 季度再被建立问题痕迹档案（任一指标），将岗位调整，并列入问题痕迹重点观察对象",
                        QuarterlyRules.message(answer, "C1", "W2")));
    }

    @Test
    void shouldWarnInTheFourthQuarterOfTheFirstQuarterOfTheNextYear() {
        QuarterlyDecision answer = county(Y, 4).assessment("A", "I1", 9, 10, null, "S1", "C1:BUSINESS_LEAD").decide();

        assertAll(
                () -> assertEquals(List.of("CADRE C1 W1 DISCIPLINE_REFERRAL[A/C1]", "CADRE C1 W2 KEY_OBSERVATION[A/C1]",
                        "CADRE C1 W2 POSITION_ADJUSTMENT[A/C1]", "UNIT S1 W3 UNIT_AWARDS_REVOKED[A/S1]",
                        "UNIT S1 W3 UNIT_EXCELLENT_BARRED[A/S1]"), QuarterlyRules.warnings(answer)),
                () -> assertEquals("本季度“I1”被建立问题痕迹档案，若 2018 年第 1 季度该指标仍被建立问题痕迹档案，将一并移送县纪委监察局问效问责",
                        QuarterlyRules.message(answer, "C1", "W1")));
    }

    @Test
    void shouldNotWarnOfATraceCancelledThisQuarterAndNotCountItAgainstW4() {
        QuarterlyDecision answer = county(Y, 2).trace("T-C1", "C1", Y, 1, "I1").trace("T-S1", "S1", Y, 1, "I1")
                .assessment("A", "I1", 3, 10, null, "S1", "C1:BUSINESS_LEAD").decide();

        assertAll(
                () -> assertEquals(List.of("T-C1 Q3 A", "T-S1 Q3 A"), QuarterlyRules.cancellations(answer)),
                () -> assertEquals(List.of("CADRE C1 W4 ANNUAL_EXCELLENT[A/C1]"), QuarterlyRules.warnings(answer)));
    }

    @Test
    void shouldNotWarnOfATraceMadeBeforeThisQuarterThatIsStillUncancelled() {
        QuarterlyDecision answer = county(Y, 3).trace("T-C1", "C1", Y, 2, "I1").trace("T-S1", "S1", Y, 2, "I1").decide();

        assertEquals(List.of(), QuarterlyRules.warnings(answer));
    }

    // W3: a stationed unit with an uncancelled trace made this quarter

    @Test
    void shouldWarnAStationedUnitButNotACountyUnitOfBeingBarred() {
        QuarterlyDecision answer = county(Y, 2).assessment("A", "I1", 10, 10, null, "S1", "C1:MEMBER")
                .assessment("B", "I2", 10, 10, null, "U-LEAD", "C2:MEMBER").decide();

        assertAll(
                () -> assertEquals(List.of("UNIT S1 W3 UNIT_AWARDS_REVOKED[A/S1]", "UNIT S1 W3 UNIT_EXCELLENT_BARRED[A/S1]"),
                        QuarterlyRules.warnings(answer)),
                () -> assertEquals("本季度被建立问题痕迹档案，若 2017 年第 3 季度再被建立问题痕迹档案，当年不得评为优秀，并取消评优树模资格",
                        QuarterlyRules.message(answer, "S1", "W3")));
    }

    // W4, W5: exactly one performance record short of A1 (2) or A2 (3) in the year so far

    @Test
    void shouldWarnOfA1AndA2AtExactlyOneRecordBelowTheirThresholds() {
        QuarterlyDecision answer = county(Y, 2)
                .performance("P-C1", "C1", Y, 1, "I1")
                .performance("P-C2-16Q4", "C2", Y - 1, 4, "I1")
                .performance("P-C3-1", "C3", Y, 1, "I1").performance("P-C3-2", "C3", Y, 1, "I2")
                .performance("P-C4", "C4", Y, 1, "I1").trace("T-C4", "C4", Y, 1, "I2")
                .performance("P-C5-1", "C5", Y, 1, "I1").performance("P-C5-2", "C5", Y, 1, "I2")
                .performance("P-C5-3", "C5", Y, 1, "I3")
                .decide();

        assertAll(
                () -> assertEquals(List.of("CADRE C1 W4 ANNUAL_EXCELLENT[P-C1]", "CADRE C3 W5 MAJOR_CONTRIBUTION_NOMINEE[P-C3-1, P-C3-2]"),
                        QuarterlyRules.warnings(answer)),
                () -> assertEquals("2017 年已记入实绩档案 1 次且未被建立问题痕迹档案，若 2017 年第 3 季度再记入 1 次且不被建立问题痕迹档案，年度考核将直接评为优秀",
                        QuarterlyRules.message(answer, "C1", "W4")),
                () -> assertEquals("2017 年已记入实绩档案 2 次，若 2017 年第 3 季度再记入 1 次，将直接推荐重大贡献奖",
                        QuarterlyRules.message(answer, "C3", "W5")));
    }

    @Test
    void shouldCountThisQuartersNewRecordsForW4AndW5() {
        QuarterlyDecision answer = county(Y, 1).performance("P-C2", "C2", Y, 1, "I2")
                .assessment("A", "I1", 1, 10, null, "U-LEAD", "C1:BUSINESS_LEAD", "C2:COORDINATOR").decide();

        assertEquals(List.of("CADRE C1 W4 ANNUAL_EXCELLENT[A/C1]", "CADRE C2 W5 MAJOR_CONTRIBUTION_NOMINEE[A/C2, P-C2]"),
                QuarterlyRules.warnings(answer));
    }

    // W4-W6 need q < 4

    @Test
    void shouldWarnOfAnnualOutcomesInTheThirdQuarterButNotInTheFourth() {
        List<String> inTheThird = QuarterlyRules.warnings(annualCandidates(3).decide());
        List<String> inTheFourth = QuarterlyRules.warnings(annualCandidates(4).decide());

        assertAll(
                () -> assertEquals(List.of("CADRE C1 W4 ANNUAL_EXCELLENT[P-C1]", "CADRE C3 W5 MAJOR_CONTRIBUTION_NOMINEE[P-C3-1, P-C3-2]",
                        "UNIT S1 W6 UNIT_ANNUAL_EXCELLENT[P-S1-2, P-S1-3]"), inTheThird),
                () -> assertEquals(List.of(), inTheFourth));
    }

    private static QuarterlyRules annualCandidates(int quarter) {
        return county(Y, quarter).performance("P-C1", "C1", Y, 3, "I1")
                .performance("P-C3-1", "C3", Y, 2, "I1").performance("P-C3-2", "C3", Y, 3, "I1")
                .performance("P-S1-2", "S1", Y, 2, "I1").performance("P-S1-3", "S1", Y, 3, "I1");
    }

    // W6: a stationed unit's run of (U1 length - 1) = 2 quarters ending this quarter, inside the year

    @Test
    void shouldWarnAStationedUnitWithARunOfTwoQuartersEndingThisQuarter() {
        QuarterlyDecision answer = county(Y, 2).unit("K2", "COUNTY")
                .performance("P-S1", "S1", Y, 1, "I1").performance("P-K2", "K2", Y, 1, "I1")
                .assessment("A", "I1", 2, 10, null, "S1", "C1:MEMBER").assessment("B", "I2", 2, 10, null, "S2", "C1:MEMBER")
                .assessment("C", "I3", 2, 10, null, "K2", "C1:MEMBER")
                .decide();

        assertAll(
                () -> assertEquals(List.of("UNIT S1 W6 UNIT_ANNUAL_EXCELLENT[A/S1, P-S1]"), QuarterlyRules.warnings(answer)),
                () -> assertEquals("2017 年已连续 2 个季度记入实绩档案，若 2017 年第 3 季度再记入实绩档案，年度综合目标考核将直接定为优秀",
                        QuarterlyRules.message(answer, "S1", "W6")));
    }

    @Test
    void shouldNotWarnOfW6ForARunThatStartedTheYearBefore() {
        QuarterlyDecision answer = county(Y, 1).performance("P-S1-16Q3", "S1", Y - 1, 3, "I1")
                .performance("P-S1-16Q4", "S1", Y - 1, 4, "I1").assessment("A", "I1", 2, 10, null, "S1", "C1:MEMBER").decide();

        assertEquals(List.of(), QuarterlyRules.warnings(answer));
    }

    @Test
    void shouldNotWarnOfW6AUnitThatAlreadyHasTheRunOrIsBarredThisYear() {
        QuarterlyDecision answer = county(Y, 3)
                .performance("P-S1-1", "S1", Y, 1, "I1").performance("P-S1-2", "S1", Y, 2, "I1")
                .performance("P-S2-2", "S2", Y, 2, "I1").trace("T-S2-1", "S2", Y, 1, "I2").trace("T-S2-2", "S2", Y, 2, "I2")
                .assessment("A", "I1", 1, 10, null, "S1", "C1:MEMBER").assessment("B", "I3", 1, 10, null, "S2", "C1:MEMBER")
                .decide();

        assertEquals(List.of(), QuarterlyRules.warnings(answer));
    }
}
