package com.meritarchive.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.request.RequestReader;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides a recorded request again with a given rule set through the same reader, decider and
 * answer writer as its endpoint: the candidate side of a replay, and the reproducibility check,
 * which holds every recorded answer to the bytes its own version gives again.
 */
@Component
public class Redecider {

    private final AnnualDecider annual;
    private final QuarterlyDecider quarterly;
    private final StepDownDecider stepDown;
    private final ObjectMapper json;

    Redecider(AnnualDecider annual, QuarterlyDecider quarterly, StepDownDecider stepDown, ObjectMapper json) {
        this.annual = annual;
        this.quarterly = quarterly;
        this.stepDown = stepDown;
        this.json = json;
    }

    /**
     * The decision a record's request was decided as: a documents call's is the decision its
     * documents come from; a deletion has none.
     */
    public static Optional<DecisionKind> decisionKindOf(DecisionKind recorded) {
        return switch (recorded) {
            case ANNUAL, DOCUMENTS_ANNUAL -> Optional.of(DecisionKind.ANNUAL);
            case QUARTERLY, DOCUMENTS_QUARTERLY -> Optional.of(DecisionKind.QUARTERLY);
            case STEP_DOWN, DOCUMENTS_STEP_DOWN -> Optional.of(DecisionKind.STEP_DOWN);
            case DELETION -> Optional.empty();
        };
    }

    /**
     * The decision as the endpoint of {@code kind} (ANNUAL, QUARTERLY or STEP_DOWN) makes it: an
     * {@link AnnualDecision}, a {@link QuarterlyDecision} or a {@link StepDownAnswer}.
     */
    public Object decide(DecisionKind kind, byte[] request, CompiledRuleSet rules) throws IOException {
        return switch (kind) {
            case ANNUAL -> annual.decide(RequestReader.annualToDecide(new ByteArrayInputStream(request)), rules);
            case QUARTERLY -> quarterly.decide(RequestReader.quarterlyToDecide(new ByteArrayInputStream(request)), rules);
            case STEP_DOWN -> stepDown.decide(RequestReader.stepDown(new ByteArrayInputStream(request)), rules);
            default -> throw new IllegalArgumentException("Not a decision endpoint's kind: " + kind);
        };
    }

    /** The answer's bytes as the endpoint of {@code kind} sends them under {@code decisionId}. */
    public byte[] answer(DecisionKind kind, byte[] request, CompiledRuleSet rules, String decisionId) throws IOException {
        return answer(decisionId, decide(kind, request, rules));
    }

    /** A decision's answer bytes under {@code decisionId}, as its endpoint sends them. */
    byte[] answer(String decisionId, Object decision) throws IOException {
        return Recording.answer(json, decisionId, decision);
    }
}
