package com.meritarchive.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decision.DerivedFacts;
import com.meritarchive.decision.SubjectDeriver;
import com.meritarchive.decision.fact.Outcome;
import com.meritarchive.explanation.Explanation.NotGiven;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.UnitInput;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.testing.AnnualWorkbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reasons an offer was not given, at the clauses' boundaries, said from the tables' cells: the
 * numbers move with the cells (A1's threshold 3), no sentence is written per clause in Java.
 */
class OffersTest {

    private static final CompiledRuleSet SHIPPED = new RuleSetCompiler().compile(new RuleSetFiles(AnnualWorkbook.shippedFiles()));
    private static final int YEAR = 2017;

    private final List<RecordInput> records = new ArrayList<>();

    @Test
    void shouldSayA1NeedsTwoRecordsWhenTheCadreHasOne() {
        performance("C1", 1);

        assertThat(reasons(SHIPPED, cadre("C1"))).containsEntry("ANNUAL_EXCELLENT", "2017 年实绩档案 1 次，少于 2 次");
    }

    @Test
    void shouldSayTheTraceWhenACadreHasTwoRecordsAndATrace() {
        performance("C1", 1);
        performance("C1", 2);
        trace("C1", 4, "ACTIVE");

        assertThat(reasons(SHIPPED, cadre("C1"))).containsEntry("ANNUAL_EXCELLENT", "2017 年未销号问题痕迹 1 次，多于 0 次");
    }

    @Test
    void shouldNotCountACancelledTraceAgainstA1() {
        performance("C1", 1);
        performance("C1", 3);
        trace("C1", 4, "CANCELLED");

        Map<String, String> reasons = reasons(SHIPPED, cadre("C1"));

        assertThat(reasons).doesNotContainKey("ANNUAL_EXCELLENT")
                .containsEntry("MAJOR_CONTRIBUTION_NOMINEE", "2017 年实绩档案 2 次，少于 3 次");
    }

    @Test
    void shouldSayA2NeedsThreeRecordsWhenTheCadreHasTwo() {
        performance("C1", 1);
        performance("C1", 3);

        assertThat(reasons(SHIPPED, cadre("C1"))).containsEntry("MAJOR_CONTRIBUTION_NOMINEE", "2017 年实绩档案 2 次，少于 3 次")
                .containsEntry("OUTSTANDING_CADRE_LIST", "连续记入实绩档案最长 1 个季度（任意指标，含上年第四季度），少于 2 个季度");
    }

    @Test
    void shouldSayTheLongestRunWhenAStationedUnitHasTwoQuartersOfThree() {
        performanceOf("UNIT", "S1", 2016, 4);
        performanceOf("UNIT", "S1", YEAR, 1);
        performanceOf("UNIT", "S1", YEAR, 2);
        performanceOf("UNIT", "S1", YEAR, 4);

        Map<String, String> reasons = reasons(SHIPPED, unit("S1"), "STATIONED");

        assertThat(reasons).containsEntry("UNIT_ANNUAL_EXCELLENT", "连续记入实绩档案最长 2 个季度（任意指标，仅限当年），少于 3 个季度")
                .containsEntry("UNIT_EXCELLENT_BARRED", "连续记入问题痕迹档案最长 0 个季度（任意指标，含上年第四季度），少于 2 个季度")
                .containsKey("UNIT_AWARDS_REVOKED");
    }

    @Test
    void shouldSayU1WasVetoedByU2WhenItsRunIsLongEnough() {
        for (int quarter = 1; quarter <= 3; quarter++) {
            performanceOf("UNIT", "S1", YEAR, quarter);
        }
        records.add(new RecordInput("t3", "UNIT", "S1", "PROBLEM_TRACE", YEAR, 3, null, "办税便利度", "ACTIVE"));
        records.add(new RecordInput("t4", "UNIT", "S1", "PROBLEM_TRACE", YEAR, 4, null, "办税便利度", "ACTIVE"));

        Map<String, String> reasons = reasons(SHIPPED, unit("S1"), "STATIONED");

        assertThat(reasons).containsOnlyKeys("UNIT_ANNUAL_EXCELLENT");
        assertThat(reasons.get("UNIT_ANNUAL_EXCELLENT")).startsWith("条件均已满足，但同时被认定“")
                .contains("（U2），该结果被否决");
    }

    @Test
    void shouldOfferACountyUnitNothing() {
        performanceOf("UNIT", "U1", YEAR, 1);

        assertThat(notGiven(SHIPPED, unit("U1"), "COUNTY")).isEmpty();
    }

    @Test
    void shouldOfferACadreTheCadreRowsOnly() {
        assertThat(notGiven(SHIPPED, cadre("C1"), null)).extracting(NotGiven::rule)
                .containsExactly("A1", "A2", "A3", "A4", "A4", "A5");
    }

    @Test
    void shouldTakeTheThresholdFromTheCellWhenPolicyStaffRaiseIt() {
        performance("C1", 1);
        performance("C1", 2);
        CompiledRuleSet raised = withA1Threshold(3);

        assertThat(reasons(SHIPPED, cadre("C1"))).doesNotContainKey("ANNUAL_EXCELLENT");
        assertThat(reasons(raised, cadre("C1"))).containsEntry("ANNUAL_EXCELLENT", "2017 年实绩档案 2 次，少于 3 次");
    }

    @Test
    void shouldQuoteTheClauseFromTheTableRow() {
        assertThat(Explainer.clauseText(SHIPPED, "A1", "ANNUAL_EXCELLENT")).isEqualTo(SHIPPED.rowsOf("A1").get(0).description())
                .startsWith("一年记入2次以上实绩档案");
        assertThat(Explainer.clauseText(SHIPPED, "Z9", "ANNUAL_EXCELLENT")).isEmpty();
    }

    private static CompiledRuleSet withA1Threshold(int threshold) {
        Map<String, byte[]> files = new java.util.TreeMap<>(AnnualWorkbook.shippedFiles());
        files.put(AnnualWorkbook.FILE, AnnualWorkbook.withA1Threshold(threshold));
        return new RuleSetCompiler().compile(new RuleSetFiles(new java.util.TreeMap<>(files)));
    }

    private void performance(String cadre, int quarter) {
        performanceOf("CADRE", cadre, YEAR, quarter);
    }

    private void performanceOf(String type, String id, int year, int quarter) {
        records.add(new RecordInput(year + "Q" + quarter + "/" + id, type, id, "PERFORMANCE", year, quarter, null, "指标", "ACTIVE"));
    }

    private void trace(String cadre, int quarter, String status) {
        records.add(new RecordInput(YEAR + "Q" + quarter + "-trace/" + cadre, "CADRE", cadre, "PROBLEM_TRACE", YEAR, quarter, null,
                "痕迹指标", status));
    }

    private static SubjectRef cadre(String id) {
        return SubjectRef.cadre(id);
    }

    private static SubjectRef unit(String id) {
        return SubjectRef.unit(id);
    }

    private Map<String, String> reasons(CompiledRuleSet ruleSet, SubjectRef subject) {
        return reasons(ruleSet, subject, null);
    }

    private Map<String, String> reasons(CompiledRuleSet ruleSet, SubjectRef subject, String unitKind) {
        return notGiven(ruleSet, subject, unitKind).stream().collect(Collectors.toMap(NotGiven::code, NotGiven::reason));
    }

    private List<NotGiven> notGiven(CompiledRuleSet ruleSet, SubjectRef subject, String unitKind) {
        List<UnitInput> units = subject.type().equals("UNIT") ? List.of(new UnitInput(subject.id(), "单位", unitKind)) : List.of();
        List<CadreInput> cadres = subject.type().equals("CADRE") ? List.of(new CadreInput(subject.id(), "干部", "U0", "ORG_DEPT"))
                : List.of();
        DerivedFacts facts = new SubjectDeriver().annual(new AnnualRequest(YEAR, units, cadres, records), ruleSet, subject,
                unitKind);
        Set<String> received = facts.outcomes().stream().map(Outcome::code).collect(Collectors.toSet());
        return Offers.notGiven(ruleSet, facts, YEAR, subject.type(), unitKind, received);
    }
}
