package com.meritarchive.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.DecisionSummary;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordedChoiceTest {

    private static DecisionSummary recorded(DecisionKind kind, Integer year, Integer quarter) {
        return new DecisionSummary("5b0e7d2c", kind, year, quarter, Instant.parse("2026-11-28T01:40:12Z"), "hr",
                new DecisionSummary.RuleSet("01bbf9f8c921", "01bbf9f8c9212301"), "9d1c", null);
    }

    @Test
    void shouldDescribeARecordedDecisionInOneChineseLineInBeijingTime() {
        assertThat(RecordedChoice.of(recorded(DecisionKind.ANNUAL, 2017, null)).label())
                .isEqualTo("2017 年度 · 年度决策 · 2026-11-28 09:40:12 · hr · 规则版本 01bbf9f8c921 · 5b0e7d2c");
        assertThat(RecordedChoice.of(recorded(DecisionKind.QUARTERLY, 2017, 1)).label())
                .startsWith("2017 年第 1 季度 · 季度决策 · ");
        assertThat(RecordedChoice.of(recorded(DecisionKind.DOCUMENTS_ANNUAL, 2017, null)).label())
                .startsWith("2017 年度 · 年度公示与备案 · ");
    }
}
