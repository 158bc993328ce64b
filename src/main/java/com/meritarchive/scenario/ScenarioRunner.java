package com.meritarchive.scenario;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.Router;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.decision.SubjectResults;
import com.meritarchive.decision.fact.Route;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.scenario.Scenario.Expectation;
import com.meritarchive.scenario.ScenarioReport.ScenarioFailure;
import com.meritarchive.system.TimeBudget;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs the scenarios of every {@code *.scenarios.xlsx} of a version on its compiled rules, the
 * same way the endpoints decide, and reports each expectation that is not met at its row.
 * A subject's results are read as simulations read them ({@link SubjectResults}): for quarterly
 * cases its outcomes plus NEW_PERFORMANCE / NEW_PROBLEM_TRACE for a record made for it and
 * TRACE_CANCELLED for its trace cancelled. A routing case routes its one result through the
 * version's routing table ({@link Router}), as the documents do.
 */
@Component
public class ScenarioRunner {

    private final AnnualDecider annual;
    private final QuarterlyDecider quarterly;
    private final StepDownDecider stepDown;
    private final Router router;
    private final TimeBudget budget;
    private final MeterRegistry meters;

    public ScenarioRunner(AnnualDecider annual, QuarterlyDecider quarterly, StepDownDecider stepDown, Router router,
            TimeBudget budget) {
        this(annual, quarterly, stepDown, router, budget, new SimpleMeterRegistry());
    }

    /** @param meters where {@code merit.scenarios.run} and {@code merit.scenarios.failed} count, by version */
    @Autowired
    public ScenarioRunner(AnnualDecider annual, QuarterlyDecider quarterly, StepDownDecider stepDown, Router router,
            TimeBudget budget, MeterRegistry meters) {
        this.meters = meters;
        this.annual = annual;
        this.quarterly = quarterly;
        this.stepDown = stepDown;
        this.router = router;
        this.budget = budget;
    }

    /**
     * Runs every scenario of the version's scenario workbooks on its compiled rules; a malformed
     * workbook is a {@link com.meritarchive.ruleset.RuleSetInvalidException} like a broken table.
     * The rules are not published yet: each workbook's scenarios run within the time budget
     * ({@link TimeBudget}), and a workbook that spends it fails all its scenarios with "超时".
     */
    public ScenarioReport run(RuleSetFiles files, CompiledRuleSet compiled) {
        int passed = 0;
        int failed = 0;
        List<ScenarioFailure> failures = new ArrayList<>();
        for (var file : files.files().entrySet()) {
            if (!RuleSetFiles.isScenarioWorkbook(file.getKey())) {
                continue;
            }
            List<Scenario> scenarios = ScenarioBook.read(file.getKey(), file.getValue(), compiled.codes());
            List<List<ScenarioFailure>> results;
            try {
                results = budget.run("the test scenarios of " + file.getKey(),
                        () -> scenarios.stream().map(scenario -> run(file.getKey(), scenario, compiled)).toList());
            } catch (TimeBudget.Spent e) {
                failed += Math.max(1, scenarios.size());
                failures.add(new ScenarioFailure(file.getKey(), null, null, "测试场景运行超时（超过 "
                        + budget.budget().toSeconds() + " 秒）已被停止：请检查规则是否会无限循环 (timed out: " + e.getMessage() + ")"));
                continue;
            }
            for (List<ScenarioFailure> found : results) {
                if (found.isEmpty()) {
                    passed++;
                } else {
                    failed++;
                    failures.addAll(found);
                }
            }
        }
        count(compiled, passed, failed);
        return new ScenarioReport(passed, failed, failures);
    }

    private void count(CompiledRuleSet compiled, int passed, int failed) {
        Counter.builder("merit.scenarios.run").description("Test scenarios run on a version").tag("version", compiled.id())
                .register(meters).increment(passed + failed);
        Counter.builder("merit.scenarios.failed").description("Test scenarios a version failed")
                .tag("version", compiled.id()).register(meters).increment(failed);
    }

    private List<ScenarioFailure> run(String file, Scenario scenario, CompiledRuleSet compiled) {
        if (scenario instanceof Scenario.Routing routing) {
            return route(file, routing, compiled);
        }
        SubjectResults actual;
        try {
            actual = decide(scenario, compiled);
        } catch (RuntimeException e) {
            int row = scenario.expectations().isEmpty() ? 0 : scenario.expectations().get(0).row();
            return List.of(new ScenarioFailure(file, scenario.sheet(), row == 0 ? null : row,
                    "场景 " + scenario.name() + "：规则无法判定，请检查此场景的数据和相关规则 (" + e.getMessage() + ")"));
        }
        List<ScenarioFailure> failures = new ArrayList<>();
        for (Expectation expected : scenario.expectations()) {
            SortedSet<String> got = new TreeSet<>(actual.of(expected.subject()).keySet());
            if (!got.equals(expected.codes())) {
                failures.add(new ScenarioFailure(file, scenario.sheet(), expected.row(), "场景 " + scenario.name() + "："
                        + expected.subject().id() + " 预期 " + show(expected.codes(), compiled) + "，实际 " + show(got, compiled)));
            }
        }
        return failures;
    }

    /** A routing case: who the table sends its result to (PUBLIC aside) and whether it is publicly noticed. */
    private List<ScenarioFailure> route(String file, Scenario.Routing scenario, CompiledRuleSet compiled) {
        List<Route> routes;
        try {
            routes = router.route(List.of(scenario.result()), compiled).routes();
        } catch (RuntimeException e) {
            return List.of(new ScenarioFailure(file, scenario.sheet(), scenario.row(), "场景 " + scenario.name()
                    + "：规则无法判定，请检查此场景的数据和公示备案规则 (" + e.getMessage() + ")"));
        }
        SortedSet<String> sent = new TreeSet<>();
        SortedSet<String> rules = new TreeSet<>();
        boolean notice = false;
        for (Route route : routes) {
            rules.add(route.rule());
            if (Route.PUBLIC.equals(route.recipient())) {
                notice = true;
            } else {
                sent.add(route.recipient());
            }
        }
        String where = "场景 " + scenario.name() + "：";
        String by = rules.isEmpty() ? "（没有规则适用）" : "（规则 " + String.join("、", rules) + "）";
        Choices words = new Choices(compiled.codes());
        List<ScenarioFailure> failures = new ArrayList<>();
        if (!sent.equals(scenario.recipients())) {
            failures.add(new ScenarioFailure(file, scenario.sheet(), scenario.row(), where + "预期送达 "
                    + words.recipients(scenario.recipients()) + "，实际 " + words.recipients(sent) + by));
        }
        if (notice != scenario.notice()) {
            failures.add(new ScenarioFailure(file, scenario.sheet(), scenario.row(), where + "预期公示 "
                    + (scenario.notice() ? "是" : "否") + "，实际 " + (notice ? "是" : "否") + by));
        }
        return failures;
    }

    /** What the rules gave each subject of the case, as the simulations see it (NEW_…, TRACE_CANCELLED included). */
    private SubjectResults decide(Scenario scenario, CompiledRuleSet compiled) {
        SubjectResults results = new SubjectResults();
        if (scenario instanceof Scenario.Annual a) {
            results.addAnnual(annual.decide(a.request(), compiled));
        } else if (scenario instanceof Scenario.Quarterly q) {
            results.addQuarterly(quarterly.decide(q.request(), compiled), q.request().records());
        } else {
            Scenario.StepDown s = (Scenario.StepDown) scenario;
            results.addStepDown(SubjectRef.cadre(s.request().cadre().id()), stepDown.decide(s.request(), compiled));
        }
        return results;
    }

    /** "年度考核直接评为优秀（ANNUAL_EXCELLENT）、…" by the version's own outcome names; a code without a name as it is. */
    private static String show(SortedSet<String> codes, CompiledRuleSet compiled) {
        if (codes.isEmpty()) {
            return "（无）";
        }
        return String.join("、", codes.stream().map(code -> {
            String name = compiled.codes().outcomeName(code);
            if (name.isEmpty()) {
                name = RECORD_NAMES.getOrDefault(code, "");
            }
            return name.isEmpty() ? code : name + "（" + code + "）";
        }).toList());
    }

    /** The results a quarterly case reads beyond the outcomes, which no code workbook names. */
    private static final Map<String, String> RECORD_NAMES = Map.of(
            "NEW_PERFORMANCE", "新建实绩档案", "NEW_PROBLEM_TRACE", "新建问题痕迹档案", SubjectResults.TRACE_CANCELLED, "问题痕迹销号");
}
