package com.meritarchive.decision;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example of POLICY.md (Zhenping, 2017 Q1) through the quarterly decision, and its
 * second quarter.
 *
 * <p>2017 Q1: fixed-asset investment ranks 2nd of 10 (target: top 3), so clause Q1 makes performance
 * records for business lead Yang Yun (杨云), coordinator Zhang Shibing (张世兵) and the lead unit, but
 * not for the group's leader and members. Urban per-capita disposable income ranks 9th of 10, so
 * clause Q2 makes problem traces for Yang Yun, who also answers for it, its coordinator and its lead
 * unit. Poverty reduction ranks 1st: performance records for its two archivable members and lead unit.
 * 2017 Q2: income ranks 3rd, within its target (top 5), so clause Q3 cancels the Q1 traces.
 */
class QuarterlyWorkedExampleTest {

    private static final String YANG_YUN = "ZP-C-0107";
    private static final String ZHANG_SHIBING = "ZP-C-0112";
    private static final String INVESTMENT_LEADER = "ZP-C-0101";
    private static final String INVESTMENT_MEMBER_1 = "ZP-C-0120";
    private static final String INVESTMENT_MEMBER_2 = "ZP-C-0121";
    private static final String INCOME_COORDINATOR = "ZP-C-0130";
    private static final String POVERTY_BUSINESS_LEAD = "ZP-C-0140";
    private static final String POVERTY_COORDINATOR = "ZP-C-0141";

    private static final String DEVELOPMENT_AND_REFORM = "ZP-U-FGJ";
    private static final String HUMAN_RESOURCES = "ZP-U-RSJ";
    private static final String POVERTY_ALLEVIATION = "ZP-U-FPJ";

    private static final String INVESTMENT = "固定资产投资增速";
    private static final String INCOME = "城镇居民人均可支配收入";
    private static final String POVERTY = "贫困人口减贫率";

    @Test
    void shouldArchiveYangYunZhangShibingAndTheLeadUnitsButNotLeaderOrMembersIn2017Q1() {
        QuarterlyRules zhenping = zhenping2017Q1();

        QuarterlyDecision answer = zhenping.decide();

        assertAll(
                () -> assertEquals(List.of(
                        "2017Q1-GDZC/" + YANG_YUN + " PERFORMANCE Q1",
                        "2017Q1-GDZC/" + ZHANG_SHIBING + " PERFORMANCE Q1",
                        "2017Q1-GDZC/" + DEVELOPMENT_AND_REFORM + " PERFORMANCE Q1",
                        "2017Q1-SR/" + YANG_YUN + " PROBLEM_TRACE Q2",
                        "2017Q1-SR/" + INCOME_COORDINATOR + " PROBLEM_TRACE Q2",
                        "2017Q1-SR/" + HUMAN_RESOURCES + " PROBLEM_TRACE Q2",
                        "2017Q1-TP/" + POVERTY_BUSINESS_LEAD + " PERFORMANCE Q1",
                        "2017Q1-TP/" + POVERTY_COORDINATOR + " PERFORMANCE Q1",
                        "2017Q1-TP/" + POVERTY_ALLEVIATION + " PERFORMANCE Q1"), QuarterlyRules.newRecords(answer)),
                () -> assertEquals(List.of(), answer.cancellations()),
                () -> assertEquals(zhenping.outcomesWithNothingElse(Map.of()), QuarterlyRules.outcomes(answer)));
    }

    @Test
    void shouldCancelYangYunsIncomeTraceWhenIncomeRanksThirdIn2017Q2AndListHimAsOutstanding() {
        QuarterlyRules zhenping = zhenping2017Q2(3);

        QuarterlyDecision answer = zhenping.decide();

        assertAll(
                () -> assertEquals(List.of(
                        "2017Q2-GDZC/" + YANG_YUN + " PERFORMANCE Q1",
                        "2017Q2-GDZC/" + ZHANG_SHIBING + " PERFORMANCE Q1",
                        "2017Q2-GDZC/" + DEVELOPMENT_AND_REFORM + " PERFORMANCE Q1",
                        "2017Q2-SR/" + YANG_YUN + " PERFORMANCE Q1",
                        "2017Q2-SR/" + INCOME_COORDINATOR + " PERFORMANCE Q1",
                        "2017Q2-SR/" + HUMAN_RESOURCES + " PERFORMANCE Q1"), QuarterlyRules.newRecords(answer)),
                () -> assertEquals(List.of(
                        "2017Q1-SR/" + YANG_YUN + " Q3 2017Q2-SR",
                        "2017Q1-SR/" + INCOME_COORDINATOR + " Q3 2017Q2-SR",
                        "2017Q1-SR/" + HUMAN_RESOURCES + " Q3 2017Q2-SR"), QuarterlyRules.cancellations(answer)),
                () -> assertEquals(zhenping.outcomesWithNothingElse(Map.of(
                        YANG_YUN, List.of("OUTSTANDING_CADRE_LIST:Q6[2017Q1-GDZC/" + YANG_YUN + ", 2017Q2-GDZC/" + YANG_YUN
                                + ", 2017Q2-SR/" + YANG_YUN + "]"),
                        ZHANG_SHIBING, List.of("OUTSTANDING_CADRE_LIST:Q6[2017Q1-GDZC/" + ZHANG_SHIBING + ", 2017Q2-GDZC/"
                                + ZHANG_SHIBING + "]"))), QuarterlyRules.outcomes(answer)));
    }

    @Test
    void shouldKeepYangYunsIncomeTraceWhenIncomeRanksSixthAgainstATargetOfTopFive() {
        QuarterlyRules zhenping = zhenping2017Q2(6);

        QuarterlyDecision answer = zhenping.decide();

        assertAll(
                () -> assertEquals(List.of(
                        "2017Q2-GDZC/" + YANG_YUN + " PERFORMANCE Q1",
                        "2017Q2-GDZC/" + ZHANG_SHIBING + " PERFORMANCE Q1",
                        "2017Q2-GDZC/" + DEVELOPMENT_AND_REFORM + " PERFORMANCE Q1"), QuarterlyRules.newRecords(answer)),
                () -> assertEquals(List.of(), answer.cancellations()),
                () -> assertEquals(zhenping.outcomesWithNothingElse(Map.of(
                        YANG_YUN, List.of("OUTSTANDING_CADRE_LIST:Q6[2017Q1-GDZC/" + YANG_YUN + ", 2017Q2-GDZC/" + YANG_YUN
                                + "]"),
                        ZHANG_SHIBING, List.of("OUTSTANDING_CADRE_LIST:Q6[2017Q1-GDZC/" + ZHANG_SHIBING + ", 2017Q2-GDZC/"
                                + ZHANG_SHIBING + "]"))), QuarterlyRules.outcomes(answer)));
    }

    @Test
    void shouldWarnYangYunOfAReferralAndZhangShibingOfExcellentAfter2017Q1() {
        QuarterlyDecision answer = zhenping2017Q1().decide();
        String yangYunsTrace = "[2017Q1-SR/" + YANG_YUN + "]";
        String coordinatorsTrace = "[2017Q1-SR/" + INCOME_COORDINATOR + "]";

        assertAll(
                () -> assertEquals(List.of(
                        "CADRE " + YANG_YUN + " W1 DISCIPLINE_REFERRAL" + yangYunsTrace,
                        "CADRE " + YANG_YUN + " W2 KEY_OBSERVATION" + yangYunsTrace,
                        "CADRE " + YANG_YUN + " W2 POSITION_ADJUSTMENT" + yangYunsTrace,
                        "CADRE " + ZHANG_SHIBING + " W4 ANNUAL_EXCELLENT[2017Q1-GDZC/" + ZHANG_SHIBING + "]",
                        "CADRE " + INCOME_COORDINATOR + " W1 DISCIPLINE_REFERRAL" + coordinatorsTrace,
                        "CADRE " + INCOME_COORDINATOR + " W2 KEY_OBSERVATION" + coordinatorsTrace,
                        "CADRE " + INCOME_COORDINATOR + " W2 POSITION_ADJUSTMENT" + coordinatorsTrace,
                        "CADRE " + POVERTY_BUSINESS_LEAD + " W4 ANNUAL_EXCELLENT[2017Q1-TP/" + POVERTY_BUSINESS_LEAD + "]",
                        "CADRE " + POVERTY_COORDINATOR + " W4 ANNUAL_EXCELLENT[2017Q1-TP/" + POVERTY_COORDINATOR + "]"),
                        QuarterlyRules.warnings(answer)),
                () -> assertEquals("本季度“" + INCOME + "”被建立问题痕迹档案，若 2017 年第 2 季度该指标仍被建立问题痕迹档案，将一并移送县纪委监察局问效问责",
                        QuarterlyRules.message(answer, YANG_YUN, "W1")));
    }

    @Test
    void shouldWarnNobodyOfATraceCancelledIn2017Q2AndZhangShibingOfTheMajorContributionAward() {
        QuarterlyRules zhenping = zhenping2017Q2(3);

        // Yang Yun has three records and his trace is cancelled: A1 and A2 already, nothing to warn of
        assertEquals(List.of(
                "CADRE " + ZHANG_SHIBING + " W5 MAJOR_CONTRIBUTION_NOMINEE[2017Q1-GDZC/" + ZHANG_SHIBING + ", 2017Q2-GDZC/"
                        + ZHANG_SHIBING + "]",
                "CADRE " + INCOME_COORDINATOR + " W4 ANNUAL_EXCELLENT[2017Q2-SR/" + INCOME_COORDINATOR + "]",
                "CADRE " + POVERTY_BUSINESS_LEAD + " W4 ANNUAL_EXCELLENT[2017Q1-TP/" + POVERTY_BUSINESS_LEAD + "]",
                "CADRE " + POVERTY_COORDINATOR + " W4 ANNUAL_EXCELLENT[2017Q1-TP/" + POVERTY_COORDINATOR + "]"),
                QuarterlyRules.warnings(zhenping.decide()));
    }

    @Test
    void shouldArchiveNobodyForAMiddleRankedIndicator() {
        QuarterlyRules zhenping = county(2017, 1)
                .assessment("2017Q1-GDZC", "追赶超越", INVESTMENT, 5, 10, 3, DEVELOPMENT_AND_REFORM, investmentGroup());

        QuarterlyDecision answer = zhenping.decide();

        assertAll(
                () -> assertEquals(List.of(), answer.newRecords()),
                () -> assertEquals(List.of(), answer.cancellations()),
                () -> assertEquals(zhenping.outcomesWithNothingElse(Map.of()), QuarterlyRules.outcomes(answer)));
    }

    /** 2017 Q1 as reported: investment 2nd, income 9th, poverty reduction 1st of 10. */
    private static QuarterlyRules zhenping2017Q1() {
        return county(2017, 1)
                .assessment("2017Q1-GDZC", "追赶超越", INVESTMENT, 2, 10, 3, DEVELOPMENT_AND_REFORM,
                        investmentGroup())
                .assessment("2017Q1-SR", "追赶超越", INCOME, 9, 10, 5, HUMAN_RESOURCES, incomeGroup())
                .assessment("2017Q1-TP", "脱贫攻坚", POVERTY, 1, 10, 3, POVERTY_ALLEVIATION,
                        POVERTY_BUSINESS_LEAD + ":BUSINESS_LEAD", POVERTY_COORDINATOR + ":COORDINATOR");
    }

    /**
     * The county after its 2017 Q1 decision (new records and cancellations carried over) with 2017 Q2's
     * rankings: investment first, income at {@code incomeRank} of 10 against its target of top five.
     */
    private static QuarterlyRules zhenping2017Q2(int incomeRank) {
        QuarterlyRules zhenping = zhenping2017Q1();
        zhenping.next(zhenping.decide())
                .assessment("2017Q2-GDZC", "追赶超越", INVESTMENT, 1, 10, 3, DEVELOPMENT_AND_REFORM, investmentGroup())
                .assessment("2017Q2-SR", "追赶超越", INCOME, incomeRank, 10, 5, HUMAN_RESOURCES, incomeGroup());
        return zhenping;
    }

    private static QuarterlyRules county(int year, int quarter) {
        return new QuarterlyRules(year, quarter)
                .unit(DEVELOPMENT_AND_REFORM, "镇坪县发展和改革局", "COUNTY")
                .unit(HUMAN_RESOURCES, "镇坪县人力资源和社会保障局", "COUNTY")
                .unit(POVERTY_ALLEVIATION, "镇坪县扶贫开发局", "COUNTY")
                .cadre(YANG_YUN, "杨云", DEVELOPMENT_AND_REFORM)
                .cadre(ZHANG_SHIBING, "张世兵", DEVELOPMENT_AND_REFORM)
                .cadre(INVESTMENT_LEADER, INVESTMENT_LEADER, DEVELOPMENT_AND_REFORM)
                .cadre(INVESTMENT_MEMBER_1, INVESTMENT_MEMBER_1, DEVELOPMENT_AND_REFORM)
                .cadre(INVESTMENT_MEMBER_2, INVESTMENT_MEMBER_2, DEVELOPMENT_AND_REFORM)
                .cadre(INCOME_COORDINATOR, INCOME_COORDINATOR, HUMAN_RESOURCES)
                .cadre(POVERTY_BUSINESS_LEAD, POVERTY_BUSINESS_LEAD, POVERTY_ALLEVIATION)
                .cadre(POVERTY_COORDINATOR, POVERTY_COORDINATOR, POVERTY_ALLEVIATION);
    }

    /** The fixed-asset investment group of five: a leader, Yang Yun, Zhang Shibing and two members. */
    private static String[] investmentGroup() {
        return new String[] {INVESTMENT_LEADER + ":LEADER", YANG_YUN + ":BUSINESS_LEAD", ZHANG_SHIBING + ":COORDINATOR",
            INVESTMENT_MEMBER_1 + ":MEMBER", INVESTMENT_MEMBER_2 + ":MEMBER"};
    }

    private static String[] incomeGroup() {
        return new String[] {YANG_YUN + ":BUSINESS_LEAD", INCOME_COORDINATOR + ":COORDINATOR"};
    }
}
