package com.meritarchive.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.meritarchive.request.RecordInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example of POLICY.md (Zhenping, 2017 Q1), carried on to the end of 2017.
 *
 * <p>2017 Q1: the county ranks 2nd in the city on fixed-asset investment (target: top 3), so clause Q1
 * makes performance records for business lead Yang Yun (杨云), coordinator Zhang Shibing (张世兵)
 * and the lead unit; it ranks 9th of 10 on urban per-capita disposable income, so clause Q2 makes a
 * problem trace for Yang Yun, who also answers for that indicator, and for its lead unit.
 * 2017 Q2: fixed-asset investment ranks 1st, hence second performance records. The income indicator
 * (target: top 5) either ranks 4th and meets its target, so clause Q3 cancels the trace, or ranks
 * 6th, neither on target nor in the bottom 3, so the trace stays and no new one is made.
 */
class AnnualWorkedExampleTest {

    private static final String YANG_YUN = "ZP-C-0107";
    private static final String ZHANG_SHIBING = "ZP-C-0112";
    private static final String DEVELOPMENT_AND_REFORM = "ZP-U-FGJ";
    private static final String HUMAN_RESOURCES = "ZP-U-RSJ";

    private static final String INVESTMENT = "固定资产投资增速";
    private static final String INCOME = "城镇居民人均可支配收入";

    @Test
    void shouldRateYangYunExcellentAndListHimWhenTheIncomeTraceIsCancelledInQ2() {
        AnnualRules zhenping = zhenping2017("CANCELLED");

        assertEquals(Map.of(
                YANG_YUN, List.of(
                        "ANNUAL_EXCELLENT:A1[2017Q1-SJ-0003, 2017Q2-SJ-0001]",
                        "OUTSTANDING_CADRE_LIST:A3[2017Q1-SJ-0003, 2017Q2-SJ-0001]"),
                ZHANG_SHIBING, List.of(
                        "ANNUAL_EXCELLENT:A1[2017Q1-SJ-0004, 2017Q2-SJ-0002]",
                        "OUTSTANDING_CADRE_LIST:A3[2017Q1-SJ-0004, 2017Q2-SJ-0002]"),
                DEVELOPMENT_AND_REFORM, List.of(),
                HUMAN_RESOURCES, List.of()), zhenping.outcomes());
    }

    @Test
    void shouldNotRateYangYunExcellentButStillListHimWhenTheIncomeTraceStays() {
        AnnualRules zhenping = zhenping2017("ACTIVE");

        assertEquals(Map.of(
                YANG_YUN, List.of(
                        "OUTSTANDING_CADRE_LIST:A3[2017Q1-SJ-0003, 2017Q2-SJ-0001]"),
                ZHANG_SHIBING, List.of(
                        "ANNUAL_EXCELLENT:A1[2017Q1-SJ-0004, 2017Q2-SJ-0002]",
                        "OUTSTANDING_CADRE_LIST:A3[2017Q1-SJ-0004, 2017Q2-SJ-0002]"),
                DEVELOPMENT_AND_REFORM, List.of(),
                HUMAN_RESOURCES, List.of()), zhenping.outcomes());
    }

    /** The year's records as the HR system sends them at year end; only the income trace's status varies. */
    private static AnnualRules zhenping2017(String incomeTraceStatus) {
        return new AnnualRules(2017)
                .unit(DEVELOPMENT_AND_REFORM, "镇坪县发展和改革局", "COUNTY")
                .unit(HUMAN_RESOURCES, "镇坪县人力资源和社会保障局", "COUNTY")
                .cadre(YANG_YUN, "杨云", DEVELOPMENT_AND_REFORM)
                .cadre(ZHANG_SHIBING, "张世兵", DEVELOPMENT_AND_REFORM)
                // 2017 Q1: fixed-asset investment 2nd of 10, income 9th of 10
                .record(performance("2017Q1-SJ-0003", "CADRE", YANG_YUN, 1))
                .record(performance("2017Q1-SJ-0004", "CADRE", ZHANG_SHIBING, 1))
                .record(performance("2017Q1-SJ-0005", "UNIT", DEVELOPMENT_AND_REFORM, 1))
                .record(incomeTrace("2017Q1-HJ-0002", "CADRE", YANG_YUN, incomeTraceStatus))
                .record(incomeTrace("2017Q1-HJ-0003", "UNIT", HUMAN_RESOURCES, incomeTraceStatus))
                // 2017 Q2: fixed-asset investment 1st of 10
                .record(performance("2017Q2-SJ-0001", "CADRE", YANG_YUN, 2))
                .record(performance("2017Q2-SJ-0002", "CADRE", ZHANG_SHIBING, 2))
                .record(performance("2017Q2-SJ-0003", "UNIT", DEVELOPMENT_AND_REFORM, 2));
    }

    private static RecordInput performance(String id, String subjectType, String subjectId, int quarter) {
        return new RecordInput(id, subjectType, subjectId, "PERFORMANCE", 2017, quarter, "追赶超越", INVESTMENT, "ACTIVE");
    }

    private static RecordInput incomeTrace(String id, String subjectType, String subjectId, String status) {
        return new RecordInput(id, subjectType, subjectId, "PROBLEM_TRACE", 2017, 1, "追赶超越", INCOME, status);
    }
}
