package com.meritarchive.decision;

import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RequestReader;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.ruleset.RuleSets;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
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
    AnnualDecision decideAnnual(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet)
            throws IOException {
        AnnualRequest request = RequestReader.annual(body);
        return annual.decide(request, ruleSets.resolve(ruleSet));
    }

    @PostMapping("/quarterly")
    QuarterlyDecision decideQuarterly(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet)
            throws IOException {
        QuarterlyRequest request = RequestReader.quarterly(body);
        return quarterly.decide(request, ruleSets.resolve(ruleSet));
    }

    @PostMapping("/step-down")
    StepDownAnswer decideStepDown(InputStream body, @RequestParam(name = "ruleSet", required = false) String ruleSet)
            throws IOException {
        StepDownRequest request = RequestReader.stepDown(body);
        return stepDown.decide(request, ruleSets.resolve(ruleSet));
    }
}
