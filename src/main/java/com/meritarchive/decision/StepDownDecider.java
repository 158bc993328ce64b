package com.meritarchive.decision;

import com.meritarchive.decision.fact.StepDownApplication;
import com.meritarchive.decision.fact.StepDownDecision;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.util.List;
import org.springframework.stereotype.Service;

/** Voluntary step-down (S1): the step-down table decides; this only builds the fact and reads the decision. */
@Service
public class StepDownDecider {

    public StepDownAnswer decide(StepDownRequest request, CompiledRuleSet ruleSet) {
        StepDownApplication application = new StepDownApplication(request.cadre().id(), request.cadre().managedBy(),
                request.unitOpinionSigned(), request.leaderApproved());
        List<StepDownDecision> decisions = RuleRunner.run(ruleSet.kieBase(), List.of(application), StepDownDecision.class)
                .of(StepDownDecision.class);
        if (decisions.size() != 1) {
            throw new DecisionFailedException(ruleSet.id(), decisions.size()
                    + " step-down decisions for one application (the S1 table must match exactly one row): " + decisions);
        }
        return new StepDownAnswer(decisions.get(0).decision(), decisions.get(0).rule());
    }
}
