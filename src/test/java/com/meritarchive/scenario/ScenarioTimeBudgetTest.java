package com.meritarchive.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.Router;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.system.TimeBudget;
import com.meritarchive.testing.AnnualWorkbook;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** An upload whose rules take too long fails its scenarios with "超时" instead of holding the upload. */
class ScenarioTimeBudgetTest {

    /** A rule the static check lets through (plain arithmetic) that takes far longer than the budget. */
    private static final String SLOW = "package merit.annual;\nimport com.meritarchive.decision.fact.DecisionYear;\n"
            + "rule \"X1 slow\"\nwhen\n    DecisionYear()\nthen\n"
            + "    double x = 0;\n    for (long i = 0; i < 1000000000L; i++) { x = x + Math.sqrt(i); }\nend\n";

    @Test
    void shouldFailTheWorkbookWithATimeoutWhenItsRulesSpendTheBudget() {
        ScenarioRunner runner = new ScenarioRunner(new AnnualDecider(), new QuarterlyDecider(), new StepDownDecider(),
                new Router(), new TimeBudget(Duration.ofMillis(300)));
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put("slow.drl", SLOW.getBytes(StandardCharsets.UTF_8));
        RuleSetFiles ruleSet = new RuleSetFiles(files);
        var compiled = new RuleSetCompiler().compile(ruleSet);

        long started = System.nanoTime();
        ScenarioReport report = runner.run(ruleSet, compiled);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(report.failed()).isPositive();
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo("Policy.scenarios.xlsx");
            assertThat(failure.message()).startsWith("测试场景运行超时").contains("timed out");
        });
    }
}
