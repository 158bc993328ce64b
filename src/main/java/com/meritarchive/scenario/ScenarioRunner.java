package com.meritarchive.scenario;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.AnnualDecision;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.decision.SubjectOutcomes;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.ruleset.ScenarioCheck;
import com.meritarchive.ruleset.ScenarioReport;
import com.meritarchive.ruleset.ScenarioReport.ScenarioFailure;
import com.meritarchive.scenario.Scenario.Expectation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Runs the scenarios of every {@code *.scenarios.xlsx} of a version on its compiled rules, the
 * same way the endpoints decide, and reports each expectation that is not met at its row.
 * For quarterly cases a subject's results are its outcomes plus NEW_PERFORMANCE /
 * NEW_PROBLEM_TRACE for a record made for it and TRACE_CANCELLED for its trace cancelled.
 */
@Component
class ScenarioRunner implements ScenarioCheck {

    private static final Pattern SCENARIO_FILE = Pattern.compile("(?i).+\\.scenarios\\.xlsx");

    private final AnnualDecider annual;
    private final QuarterlyDecider quarterly;
    private final StepDownDecider stepDown;

    ScenarioRunner(AnnualDecider annual, QuarterlyDecider quarterly, StepDownDecider stepDown) {
        this.annual = annual;
        this.quarterly = quarterly;
        this.stepDown = stepDown;
    }

    @Override
    public ScenarioReport check(RuleSetFiles files, CompiledRuleSet compiled) {
        int passed = 0;
        int failed = 0;
        List<ScenarioFailure> failures = new ArrayList<>();
        for (var file : files.files().entrySet()) {
            if (!SCENARIO_FILE.matcher(file.getKey()).matches()) {
                continue;
            }
            for (Scenario scenario : ScenarioBook.read(file.getKey(), file.getValue())) {
                List<ScenarioFailure> found = run(file.getKey(), scenario, compiled);
                if (found.isEmpty()) {
                    passed++;
                } else {
                    failed++;
                    failures.addAll(found);
                }
            }
        }
        return new ScenarioReport(passed, failed, failures);
    }

    private List<ScenarioFailure> run(String file, Scenario scenario, CompiledRuleSet compiled) {
        Map<String, SortedSet<String>> actual;
        try {
            actual = decide(scenario, compiled);
        } catch (RuntimeException e) {
            int row = scenario.expectations().isEmpty() ? 0 : scenario.expectations().get(0).row();
            return List.of(new ScenarioFailure(file, scenario.sheet(), row == 0 ? null : row,
                    "场景 " + scenario.name() + "：规则无法判定 (" + e.getMessage() + ")"));
        }
        List<ScenarioFailure> failures = new ArrayList<>();
        for (Expectation expected : scenario.expectations()) {
            SortedSet<String> got = actual.getOrDefault(expected.subjectType() + ":" + expected.subjectId(), new TreeSet<>());
            if (!got.equals(expected.codes())) {
                failures.add(new ScenarioFailure(file, scenario.sheet(), expected.row(), "场景 " + scenario.name() + "："
                        + expected.subjectId() + " 预期 " + show(expected.codes()) + "，实际 " + show(got)));
            }
        }
        return failures;
    }

    private Map<String, SortedSet<String>> decide(Scenario scenario, CompiledRuleSet compiled) {
        if (scenario instanceof Scenario.Annual a) {
            AnnualDecision decision = annual.decide(a.request(), compiled);
            return codes(decision.cadres(), decision.units());
        }
        if (scenario instanceof Scenario.Quarterly q) {
            return quarterlyCodes(quarterly.decide(q.request(), compiled), q);
        }
        Scenario.StepDown s = (Scenario.StepDown) scenario;
        return Map.of("CADRE:C1", new TreeSet<>(List.of(stepDown.decide(s.request(), compiled).decision())));
    }

    private static Map<String, SortedSet<String>> codes(Collection<SubjectOutcomes> cadres, Collection<SubjectOutcomes> units) {
        Map<String, SortedSet<String>> codes = new HashMap<>();
        cadres.forEach(c -> codes.put("CADRE:" + c.id(), codesOf(c)));
        units.forEach(u -> codes.put("UNIT:" + u.id(), codesOf(u)));
        return codes;
    }

    private static SortedSet<String> codesOf(SubjectOutcomes subject) {
        SortedSet<String> codes = new TreeSet<>();
        subject.outcomes().forEach(o -> codes.add(o.code()));
        return codes;
    }

    private static Map<String, SortedSet<String>> quarterlyCodes(QuarterlyDecision decision, Scenario.Quarterly scenario) {
        Map<String, SortedSet<String>> codes = codes(decision.cadres(), decision.units());
        decision.newRecords().forEach(r -> codes.computeIfAbsent(r.subjectType() + ":" + r.subjectId(), k -> new TreeSet<>())
                .add("NEW_" + r.type()));
        Map<String, String> subjectOfRecord = new HashMap<>();
        scenario.request().records().forEach(r -> subjectOfRecord.put(r.id(), r.subjectType() + ":" + r.subjectId()));
        decision.cancellations().forEach(c -> codes.computeIfAbsent(subjectOfRecord.get(c.recordId()), k -> new TreeSet<>())
                .add("TRACE_CANCELLED"));
        return codes;
    }

    private static String show(SortedSet<String> codes) {
        return codes.isEmpty() ? "（无）" : String.join(", ", codes);
    }
}
