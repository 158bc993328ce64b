package com.meritarchive.decision;

import com.meritarchive.decision.fact.ArchiveRecord;
import com.meritarchive.decision.fact.DecisionYear;
import com.meritarchive.decision.fact.Outcome;
import com.meritarchive.decision.fact.Subject;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The year-end decision: builds facts from a checked request, lets the rule set decide in a
 * stateless session and shapes the outcomes. It decides nothing itself (the rules do).
 */
@Service
public class AnnualDecider {

    public AnnualDecision decide(AnnualRequest request, CompiledRuleSet ruleSet) {
        List<Object> facts = new ArrayList<>(request.units().size() + request.cadres().size() + request.records().size() + 1);
        facts.add(new DecisionYear(request.year()));
        request.units().forEach(unit -> facts.add(new Subject(Subject.UNIT, unit.id(), unit.kind())));
        request.cadres().forEach(cadre -> facts.add(new Subject(Subject.CADRE, cadre.id(), null)));
        request.records().forEach(record -> facts.add(Facts.of(record)));
        OutcomeGrouping outcomes = new OutcomeGrouping(RuleRunner.run(ruleSet.kieBase(), facts, Outcome.class).of(Outcome.class));
        return new AnnualDecision(request.year(), RuleSetRef.of(ruleSet),
                outcomes.subjects(Subject.CADRE, request.cadres().stream().map(CadreInput::id).toList()),
                outcomes.subjects(Subject.UNIT, request.units().stream().map(UnitInput::id).toList()));
    }
}
