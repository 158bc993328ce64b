package com.meritarchive.documents;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.AnnualDecision;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.decision.Router;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Decides, then routes every result through the same rule set's routing table and builds the
 * documents, so that a decision and what it sends out can never disagree (one rule set, one call).
 */
@Service
public class DocumentMaker {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final AnnualDecider annual;
    private final QuarterlyDecider quarterly;
    private final StepDownDecider stepDown;
    private final Router router;
    private final Clock clock;

    @Autowired
    public DocumentMaker(AnnualDecider annual, QuarterlyDecider quarterly, StepDownDecider stepDown, Router router) {
        this(annual, quarterly, stepDown, router, Clock.system(BEIJING));
    }

    DocumentMaker(AnnualDecider annual, QuarterlyDecider quarterly, StepDownDecider stepDown, Router router, Clock clock) {
        this.annual = annual;
        this.quarterly = quarterly;
        this.stepDown = stepDown;
        this.router = router;
        this.clock = clock;
    }

    public Documents annual(AnnualRequest request, CompiledRuleSet ruleSet) {
        AnnualDecision decision = annual.decide(request, ruleSet);
        return make(request.year(), null, Results.of(decision, request.cadres()), new People(request.units(), request.cadres()),
                ruleSet);
    }

    public Documents quarterly(QuarterlyRequest request, CompiledRuleSet ruleSet) {
        QuarterlyDecision decision = quarterly.decide(request, ruleSet);
        return make(request.year(), request.quarter(), Results.of(decision, request.cadres()),
                new People(request.units(), request.cadres()), ruleSet);
    }

    /** A step-down application carries no year: its documents are of the year it is decided in (Beijing time). */
    public Documents stepDown(StepDownRequest request, CompiledRuleSet ruleSet) {
        List<Result> results = Results.of(stepDown.decide(request, ruleSet), request);
        return make(LocalDate.now(clock).getYear(), null, results, new People(List.of(), List.of(request.cadre())), ruleSet);
    }

    private Documents make(int year, Integer quarter, List<Result> results, People people, CompiledRuleSet ruleSet) {
        Router.Routing routing = router.route(results.stream().map(Result::routable).toList(), ruleSet);
        String period = Titles.period(year, quarter);
        return new Documents(year, quarter, RuleSetRef.of(ruleSet), Assembly.documents(results, routing.routes(), people,
                code -> ruleSet.codes().outcomeName(code), recipient -> Titles.of(recipient, period)));
    }
}
