package com.meritarchive.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decisionlog.DecisionKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every outcome code of an answer is counted under its endpoint, whatever code a spreadsheet row adds. */
class DecisionMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final DecisionMetrics metrics = new DecisionMetrics(meters);

    private double counted(String kind, String code) {
        var counter = meters.find(DecisionMetrics.METER).tag("kind", kind).tag("code", code).counter();
        return counter == null ? 0 : counter.count();
    }

    private static SubjectOutcomes subject(String id, String... codes) {
        return new SubjectOutcomes(id, List.of(codes).stream().map(code -> new OutcomeView(code, "X1", List.of())).toList());
    }

    @Test
    void shouldCountEveryCadresAndUnitsOutcomeOfAnAnnualAnswer() {
        metrics.count(DecisionKind.ANNUAL, new AnnualDecision(2017, null,
                List.of(subject("C1", "NEW_ROW_CODE", "OTHER_CODE"), subject("C2", "NEW_ROW_CODE"), subject("C3")),
                List.of(subject("U1", "UNIT_CODE"))));

        assertThat(counted("annual", "NEW_ROW_CODE")).isEqualTo(2);
        assertThat(counted("annual", "OTHER_CODE")).isEqualTo(1);
        assertThat(counted("annual", "UNIT_CODE")).isEqualTo(1);
        assertThat(counted("quarterly", "NEW_ROW_CODE")).isZero();
    }

    @Test
    void shouldCountQuarterlyOutcomesAndAStepDownsDecisionUnderTheirOwnKind() {
        metrics.count(DecisionKind.QUARTERLY, new QuarterlyDecision(2017, 1, null, List.of(), List.of(),
                List.of(subject("C1", "QUARTER_CODE")), List.of(), List.of()));
        metrics.count(DecisionKind.STEP_DOWN, new StepDownAnswer("STEP_CODE", "S1"));

        assertThat(counted("quarterly", "QUARTER_CODE")).isEqualTo(1);
        assertThat(counted("step-down", "STEP_CODE")).isEqualTo(1);
    }
}
