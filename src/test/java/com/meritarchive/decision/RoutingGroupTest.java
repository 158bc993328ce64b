package com.meritarchive.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decision.fact.CalendarDay;
import com.meritarchive.decision.fact.DecisionYear;
import com.meritarchive.decision.fact.NoticeTerms;
import com.meritarchive.decision.fact.Parameter;
import com.meritarchive.decision.fact.Routable;
import com.meritarchive.decision.fact.Route;
import com.meritarchive.decision.fact.RoutingRequest;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.testing.AnnualWorkbook;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;

/**
 * The routing workbook's rules and routing-terms.drl are in the agenda group {@value Router#AGENDA_GROUP}:
 * a decision's session never fires them (their parameter and calendar rows have no condition), the
 * router's fires them after the other rules.
 */
class RoutingGroupTest {

    @Test
    void shouldPutEveryShippedRoutingRuleInTheRoutersGroupAndNoOtherRule() {
        Set<String> groups = new TreeSet<>(); // package and agenda group of every rule
        AnnualRules.SHIPPED.kieBase().getKiePackages().forEach(kiePackage -> kiePackage.getRules().forEach(rule -> groups
                .add(kiePackage.getName() + " " + ((RuleImpl) rule).getAgendaGroup())));

        assertThat(groups).containsExactlyInAnyOrder("merit.routing 公示备案", "merit.annual MAIN", "merit.derive MAIN",
                "merit.quarterly MAIN", "merit.warnings MAIN", "merit.stepdown MAIN");
    }

    @Test
    void shouldFireNoRoutingRuleInADecisionsSession() {
        List<Object> left = RuleRunner.run(AnnualRules.SHIPPED.kieBase(), List.of(new DecisionYear(2017)), Object.class)
                .of(Object.class);

        assertThat(left).noneMatch(fact -> fact instanceof CalendarDay || fact instanceof NoticeTerms);
        assertThat(left).filteredOn(Parameter.class::isInstance).map(fact -> ((Parameter) fact).name())
                .doesNotContain("NOTICE_WORKING_DAYS", "SUPERVISION_PHONE", "ISSUING_OFFICE").isNotEmpty();
    }

    @Test
    void shouldRouteWithTheGroupsRulesAsBefore() {
        Router.Routing routing = new Router().route(List.of(new Routable("CADRE", "C001", "ANNUAL_EXCELLENT", "ORG_DEPT")),
                AnnualRules.SHIPPED);

        assertThat(routing.terms().workingDays()).isEqualTo(5);
        assertThat(routing.calendar()).hasSizeGreaterThan(100);
        assertThat(routing.routes()).extracting(Route::rule).contains("R3");
    }

    /** Without the workbook's AGENDA-GROUP row (an older version) its rules fire in every session, and still route. */
    @Test
    void shouldRouteTheSameWithoutTheGroupRow() {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put("Routing.drl.xlsx", AnnualWorkbook.edit(files.get("Routing.drl.xlsx"), book -> {
            Sheet sheet = book.getSheet("公示备案");
            for (Row row : sheet) {
                if ("AGENDA-GROUP".equals(row.getCell(0) == null ? null : row.getCell(0).toString())) {
                    sheet.removeRow(row);
                    return;
                }
            }
            throw new IllegalStateException("no AGENDA-GROUP row");
        }));
        CompiledRuleSet withoutRow = new RuleSetCompiler().compile(new RuleSetFiles(files));
        List<Routable> results = List.of(new Routable("CADRE", "C001", "ANNUAL_EXCELLENT", "ORG_DEPT"),
                new Routable("UNIT", "U01", "UNIT_AWARDS_REVOKED", null));

        assertThat(RuleRunner.run(withoutRow.kieBase(), List.of(new DecisionYear(2017)), CalendarDay.class).of(CalendarDay.class))
                .isNotEmpty();
        Router.Routing without = new Router().route(results, withoutRow);
        Router.Routing with = new Router().route(results, AnnualRules.SHIPPED);
        assertThat(without.routes()).hasSize(4).containsExactlyInAnyOrderElementsOf(with.routes());
        assertThat(without.terms()).isEqualTo(with.terms());
        assertThat(without.calendar()).hasSizeGreaterThan(100).containsExactlyInAnyOrderElementsOf(with.calendar());
    }

    /** A rule of the group that needs what another rule made fires: the group's rules fire after the others. */
    @Test
    void shouldFireTheGroupAfterTheOtherRules() {
        String drl = """
                package merit.test;
                import com.meritarchive.decision.fact.Routable;
                import com.meritarchive.decision.fact.Route;
                import com.meritarchive.decision.fact.RoutingRequest;

                rule "made by a decision rule"
                when
                    RoutingRequest()
                then
                    insert(new Routable("CADRE", "C001", "ANNUAL_EXCELLENT", "ORG_DEPT"));
                end

                rule "needs it"
                agenda-group "公示备案"
                when
                    $r : Routable()
                then
                    for (Route route : Route.to($r, "县委组织部", drools.getRule().getName())) { insert(route); }
                end
                """;
        CompiledRuleSet ruleSet = new RuleSetCompiler().compile(new RuleSetFiles(new TreeMap<>(Map.of("test.drl",
                drl.getBytes(StandardCharsets.UTF_8)))));

        assertThat(RuleRunner.run(ruleSet.kieBase(), List.of(new RoutingRequest()), Routable.class, Route.class)
                .of(Object.class)).hasSize(1).allMatch(Routable.class::isInstance);
        assertThat(RuleRunner.run(ruleSet.kieBase(), List.of(new RoutingRequest()), Router.AGENDA_GROUP, Route.class)
                .of(Route.class)).extracting(Route::rule).containsExactly("needs it");
    }
}
