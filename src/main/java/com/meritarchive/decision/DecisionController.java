package com.meritarchive.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.meritarchive.ruleset.RuleSets;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The decision endpoints the HR system calls (CONTRACT.md "Endpoints"). */
@RestController
@RequestMapping(path = "/api/v1/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class DecisionController {

    private final RuleSets ruleSets;
    private final AnnualDecider annual;
    private final QuarterlyDecider quarterly;
    private final StepDownDecider stepDown;

    DecisionController(RuleSets ruleSets, AnnualDecider annual, QuarterlyDecider quarterly, StepDownDecider stepDown) {
        this.ruleSets = ruleSets;
        this.annual = annual;
        this.quarterly = quarterly;
        this.stepDown = stepDown;
    }

    @PostMapping("/annual")
    AnnualDecision decideAnnual(@RequestBody JsonNode body, @RequestParam(name = "ruleSet", required = false) String ruleSet) {
        AnnualRequest request = RequestChecks.annual(body);
        return annual.decide(request, ruleSets.resolve(ruleSet));
    }

    @PostMapping("/quarterly")
    QuarterlyDecision decideQuarterly(@RequestBody JsonNode body,
            @RequestParam(name = "ruleSet", required = false) String ruleSet) {
        QuarterlyRequest request = RequestChecks.quarterly(body);
        return quarterly.decide(request, ruleSets.resolve(ruleSet));
    }

    @PostMapping("/step-down")
    StepDownAnswer decideStepDown(@RequestBody JsonNode body,
            @RequestParam(name = "ruleSet", required = false) String ruleSet) {
        StepDownRequest request = RequestChecks.stepDown(body);
        return stepDown.decide(request, ruleSets.resolve(ruleSet));
    }
}
