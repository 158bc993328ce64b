package com.meritarchive.decision;

import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RequestReader;
import com.meritarchive.request.StepDownRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision endpoints the HR system calls (CONTRACT.md "Endpoints"). A caller that accepts
 * problem details ({@code Accept: application/problem+json}) still gets its answer as
 * {@code application/json}: accepting errors must not turn answers into 406. {@code ?ruleSet=}
 * lets a caller decide with another stored version: any version for AUTHOR, only a version that
 * has been published at some time for the others (403).
 */
@RestController
@RequestMapping(path = "/api/v1/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class DecisionController {

    private final RuleSetChoice ruleSets;
    private final AnnualDecider annual;
    private final QuarterlyDecider quarterly;
    private final StepDownDecider stepDown;

    DecisionController(RuleSetChoice ruleSets, AnnualDecider annual, QuarterlyDecider quarterly, StepDownDecider stepDown) {
        this.ruleSets = ruleSets;
        this.annual = annual;
        this.quarterly = quarterly;
        this.stepDown = stepDown;
    }

    @PostMapping("/annual")
    ResponseEntity<AnnualDecision> decideAnnual(InputStream body,
            @RequestParam(name = "ruleSet", required = false) String ruleSet, Authentication caller) throws IOException {
        AnnualRequest request = RequestReader.annual(body);
        return json(annual.decide(request, ruleSets.resolve(ruleSet, caller)));
    }

    @PostMapping("/quarterly")
    ResponseEntity<QuarterlyDecision> decideQuarterly(InputStream body,
            @RequestParam(name = "ruleSet", required = false) String ruleSet, Authentication caller) throws IOException {
        QuarterlyRequest request = RequestReader.quarterly(body);
        return json(quarterly.decide(request, ruleSets.resolve(ruleSet, caller)));
    }

    @PostMapping("/step-down")
    ResponseEntity<StepDownAnswer> decideStepDown(InputStream body,
            @RequestParam(name = "ruleSet", required = false) String ruleSet, Authentication caller) throws IOException {
        StepDownRequest request = RequestReader.stepDown(body);
        return json(stepDown.decide(request, ruleSets.resolve(ruleSet, caller)));
    }

    /** The answer as {@code application/json} whatever JSON type the caller accepts. */
    private static <T> ResponseEntity<T> json(T answer) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }
}
