package com.meritarchive.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.DecisionRecorder;
import com.meritarchive.decisionlog.PendingDecision;
import com.meritarchive.request.RequestReader;
import com.meritarchive.ruleset.CompiledRuleSet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
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
 * has been published at some time for the others (403). Every decision is recorded
 * ({@link DecisionRecorder}) before its answer is sent: the answer is written to bytes once, those
 * bytes are stored, and the same bytes are sent.
 */
@RestController
@RequestMapping(path = "/api/v1/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class DecisionController {

    private final RuleSetChoice ruleSets;
    private final AnnualDecider annual;
    private final QuarterlyDecider quarterly;
    private final StepDownDecider stepDown;
    private final DecisionRecorder recorder;
    private final ObjectMapper json;
    private final DecisionMetrics metrics;

    DecisionController(RuleSetChoice ruleSets, AnnualDecider annual, QuarterlyDecider quarterly, StepDownDecider stepDown,
            DecisionRecorder recorder, ObjectMapper json, DecisionMetrics metrics) {
        this.metrics = metrics;
        this.ruleSets = ruleSets;
        this.annual = annual;
        this.quarterly = quarterly;
        this.stepDown = stepDown;
        this.recorder = recorder;
        this.json = json;
    }

    @PostMapping("/annual")
    ResponseEntity<byte[]> decideAnnual(InputStream body,
            @RequestParam(name = "ruleSet", required = false) String ruleSet, Authentication caller,
            HttpServletRequest http) throws IOException {
        return decide(body, http, ruleSet, caller, DecisionKind.ANNUAL, RequestReader::annualToDecide,
                request -> Recording.subjects(request.cadres(), request.units()), annual::decide);
    }

    @PostMapping("/quarterly")
    ResponseEntity<byte[]> decideQuarterly(InputStream body,
            @RequestParam(name = "ruleSet", required = false) String ruleSet, Authentication caller,
            HttpServletRequest http) throws IOException {
        return decide(body, http, ruleSet, caller, DecisionKind.QUARTERLY, RequestReader::quarterlyToDecide,
                request -> Recording.subjects(request.cadres(), request.units()), quarterly::decide);
    }

    @PostMapping("/step-down")
    ResponseEntity<byte[]> decideStepDown(InputStream body,
            @RequestParam(name = "ruleSet", required = false) String ruleSet, Authentication caller,
            HttpServletRequest http) throws IOException {
        return decide(body, http, ruleSet, caller, DecisionKind.STEP_DOWN, RequestReader::stepDown,
                request -> List.of(request.cadre().id()), stepDown::decide);
    }

    /** Reads the body, picks the version, begins the record, decides, records the answer's bytes and sends them. */
    private <R, A> ResponseEntity<byte[]> decide(InputStream body, HttpServletRequest http, String ruleSet, Authentication caller,
            DecisionKind kind, Recording.BodyReader<R> reader, Function<R, Collection<String>> subjects,
            BiFunction<R, CompiledRuleSet, A> decider) throws IOException {
        byte[] bytes = Recording.body(body, http.getContentLengthLong());
        R request = reader.read(new ByteArrayInputStream(bytes));
        CompiledRuleSet rules = ruleSets.resolve(ruleSet, caller);
        PendingDecision pending = recorder.begin(kind, caller.getName(), rules.id(), rules.sha256(), bytes,
                subjects.apply(request));
        // the body is the recorder's now: this frame need not keep a province's 44 MB (1,000,000
        // cadres' 219 MB) alive through the decision, as an interpreted one would until it returns
        bytes = null;
        A decision;
        byte[] answer;
        try {
            decision = decider.apply(request, rules);
            answer = Recording.answer(json, pending, decision);
        } catch (RuntimeException | IOException e) {
            pending.abandon();
            throw e;
        }
        RecordedPeriod recorded = RecordedPeriod.of(decision);
        pending.record(recorded.year(), recorded.quarter(), rules.id(), rules.sha256(), answer);
        metrics.count(kind, decision);
        return json(answer);
    }

    /** The answer as {@code application/json} whatever JSON type the caller accepts. */
    private static ResponseEntity<byte[]> json(byte[] answer) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }
}
