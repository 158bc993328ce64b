package com.meritarchive.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.ruleset.RuleSetInvalidException;
import com.meritarchive.testing.AnnualWorkbook;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The test scenarios policy staff write: the shipped ones pass and cover every clause, and a changed threshold fails them. */
class ScenarioRunnerTest {

    private static final String SCENARIOS = "Policy.scenarios.xlsx";
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();
    private static final ScenarioRunner RUNNER = new ScenarioRunner(new AnnualDecider(), new QuarterlyDecider(),
            new StepDownDecider(), new com.meritarchive.decision.Router(), new com.meritarchive.system.TimeBudget(java.time.Duration.ofSeconds(10)));

    private static SortedMap<String, byte[]> shipped() {
        return AnnualWorkbook.shippedFiles();
    }

    private static ScenarioReport run(SortedMap<String, byte[]> files) {
        RuleSetFiles ruleSet = new RuleSetFiles(files);
        return RUNNER.run(ruleSet, COMPILER.compile(ruleSet));
    }

    @Test
    void shouldPassEveryShippedScenario() {
        ScenarioReport report = run(shipped());

        assertThat(report.failures()).isEmpty();
        assertThat(report.failed()).isZero();
        assertThat(report.passed()).isEqualTo(46); // 29 decision cases and 17 routing cases
    }

    @Test
    void shouldCoverEveryClauseOfThePolicy() {
        List<Scenario> scenarios = ScenarioBook.read(SCENARIOS, shipped().get(SCENARIOS),
                COMPILER.compile(new RuleSetFiles(shipped())).codes());

        TreeSet<String> clauses = new TreeSet<>();
        scenarios.stream().filter(s -> !(s instanceof Scenario.Routing)) // routing cases: RoutingScenariosTest
                .forEach(s -> clauses.add(s.name().split("-")[0]));
        assertThat(clauses).containsExactly("A1", "A2", "A3", "A4", "A5", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "S1",
                "U1", "U2");
    }

    @Test
    void shouldFailTheScenarioAtItsRowWhenA1NeedsThreeRecords() throws Exception {
        SortedMap<String, byte[]> files = shipped();
        files.put(AnnualWorkbook.FILE, AnnualWorkbook.withA1Threshold(3));

        ScenarioReport report = run(files);

        // A1-两次, A1-已销号 and A3-不连续 expect ANNUAL_EXCELLENT from two records
        assertThat(report.failed()).isEqualTo(3);
        assertThat(report.passed()).isEqualTo(43);
        assertThat(report.failures()).first().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo(SCENARIOS);
            assertThat(failure.sheet()).isEqualTo("年度场景");
            assertThat(failure.row()).isEqualTo(3);
            assertThat(failure.message()).isEqualTo("场景 A1-两次：C1 预期 年度考核直接评为优秀（ANNUAL_EXCELLENT），实际 （无）");
        });
    }

    @Test
    void shouldRefuseAMalformedScenarioWithItsCell() throws Exception {
        SortedMap<String, byte[]> files = shipped();
        files.put(SCENARIOS, AnnualWorkbook.edit(files.get(SCENARIOS), book -> book.getSheet("年度场景").getRow(1).getCell(6)
                .setCellValue("去年")));

        assertThatThrownBy(() -> run(files)).isInstanceOfSatisfying(RuleSetInvalidException.class, e ->
                assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.sheet()).isEqualTo("年度场景");
                    assertThat(error.column() + error.row()).isEqualTo("G2");
                    assertThat(error.message()).contains("档案年").contains("去年");
                }));
    }

    @Test
    void shouldRefuseAScenarioTheApiWouldRefuseAtTheCellThatBreaksTheContract() throws Exception {
        SortedMap<String, byte[]> files = shipped();
        // row 2 of 年度场景 is A1-两次's first record; its 档案季度 (column H) becomes 5
        files.put(SCENARIOS, AnnualWorkbook.edit(files.get(SCENARIOS), book -> book.getSheet("年度场景").getRow(1).getCell(7)
                .setCellValue(5)));

        assertThatThrownBy(() -> run(files)).isInstanceOfSatisfying(RuleSetInvalidException.class, e ->
                assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.sheet()).isEqualTo("年度场景");
                    assertThat(error.column() + error.row()).isEqualTo("H2");
                    assertThat(error.message()).startsWith("“档案季度”填写有误").contains("must be between 1 and 4, was 5");
                }));
    }

    @Test
    void shouldRefuseARankPastTheRankedCountAtItsCell() throws Exception {
        SortedMap<String, byte[]> files = shipped();
        files.put(SCENARIOS, AnnualWorkbook.edit(files.get(SCENARIOS), book -> {
            var sheet = book.getSheet("季度场景");
            var header = sheet.getRow(0);
            int rank = -1;
            for (var cell : header) {
                if (cell.getStringCellValue().startsWith("考核名次")) {
                    rank = cell.getColumnIndex();
                }
            }
            for (var row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(rank) != null && !row.getCell(rank).toString().isBlank()) {
                    row.getCell(rank).setCellValue(11); // of 10 ranked
                    return;
                }
            }
        }));

        assertThatThrownBy(() -> run(files)).isInstanceOfSatisfying(RuleSetInvalidException.class, e ->
                assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.sheet()).isEqualTo("季度场景");
                    assertThat(error.message()).startsWith("“考核名次”填写有误").contains("was 11");
                }));
    }
}
