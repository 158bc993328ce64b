package com.meritarchive.simulation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.AnnualDecision;
import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.decision.Redecider;
import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.decision.StepDownAnswer;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.decision.SubjectResults;
import com.meritarchive.decisionlog.DecisionEntry;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.DecisionLog;
import com.meritarchive.decisionlog.DecisionQuery;
import com.meritarchive.decisionlog.DecisionSummary;
import com.meritarchive.decisionlog.RecordedBodies;
import com.meritarchive.request.Dataset;
import com.meritarchive.request.RequestReader;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Replay (README "Replay"): a recorded decision's request decided by another version, compared with
 * what was answered. The baseline is the recorded answer as it was sent, under the version that
 * gave it; a documents call's answer is its documents, not the decision, so its baseline is its
 * request decided again by its own version (which the reproducibility check holds to the record).
 * A replay decides nothing for anyone and is not itself recorded.
 */
@Service
class DecisionReplay {

    private static final List<DecisionKind> REPLAYED_ON_THE_PAGE = List.of(DecisionKind.ANNUAL, DecisionKind.QUARTERLY,
            DecisionKind.DOCUMENTS_ANNUAL, DecisionKind.DOCUMENTS_QUARTERLY);

    private final DecisionLog log;
    private final Simulator simulator;
    private final StepDownDecider stepDown;
    private final ObjectMapper json;

    DecisionReplay(DecisionLog log, Simulator simulator, StepDownDecider stepDown, ObjectMapper json) {
        this.log = log;
        this.simulator = simulator;
        this.stepDown = stepDown;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The latest recorded annual and quarterly decisions (and documents calls, which replay as
     * theirs), newest first, at most {@code limit}: what the simulation page offers as a dataset.
     */
    List<RecordedChoice> recent(int limit) {
        return REPLAYED_ON_THE_PAGE.stream()
                .flatMap(kind -> log.list(new DecisionQuery(kind, null, null, null, 1, limit)).stream())
                .sorted(Comparator.comparing(DecisionSummary::decidedAt).reversed()).limit(limit)
                .map(RecordedChoice::of).toList();
    }

    Simulation replay(String decisionId, String candidateId) {
        DecisionEntry entry = log.find(decisionId, true).orElseThrow(() -> unknown(decisionId));
        if (candidateId == null || candidateId.isBlank()) {
            throw ReplayRefusedException.noVersion(decisionId, entry.ruleSetId());
        }
        DecisionKind kind = Redecider.decisionKindOf(entry.kind())
                .orElseThrow(() -> ReplayRefusedException.deletion(decisionId, entry.refersTo()));
        boolean answerIsTheDecision = kind == entry.kind();
        RuleSetRef recordedVersion = new RuleSetRef(entry.ruleSetId(), entry.ruleSetSha256());
        try {
            byte[] request = RecordedBodies.request(entry);
            byte[] answer = RecordedBodies.answer(entry);
            return switch (kind) {
                case ANNUAL -> {
                    Dataset dataset = Dataset.annual(RequestReader.annual(new ByteArrayInputStream(request)));
                    Decided recorded = null;
                    if (answerIsTheDecision) {
                        SubjectResults results = new SubjectResults();
                        results.addAnnual(json.readValue(answer, AnnualDecision.class));
                        recorded = Decided.withoutWarnings(results);
                    }
                    yield replay(recordedVersion, recorded, candidateId, rules -> simulator.decide(rules, dataset),
                            SubjectNames.of(dataset));
                }
                case QUARTERLY -> {
                    Dataset dataset = Dataset.quarterly(RequestReader.quarterly(new ByteArrayInputStream(request)));
                    Decided recorded = null;
                    if (answerIsTheDecision) {
                        QuarterlyDecision decision = json.readValue(answer, QuarterlyDecision.class);
                        SubjectResults results = new SubjectResults();
                        results.addQuarterly(decision, dataset.quarterly().records());
                        // an answer recorded before warnings existed has none to compare: no warnings in the replay
                        recorded = new Decided(results, SubjectWarnings.of(decision.warnings()));
                    }
                    yield replay(recordedVersion, recorded, candidateId, rules -> simulator.decide(rules, dataset),
                            SubjectNames.of(dataset));
                }
                default -> {
                    StepDownRequest application = RequestReader.stepDown(new ByteArrayInputStream(request));
                    SubjectRef applicant = SubjectRef.cadre(application.cadre().id());
                    Decided recorded = null;
                    if (answerIsTheDecision) {
                        SubjectResults results = new SubjectResults();
                        results.addStepDown(applicant, json.readValue(answer, StepDownAnswer.class));
                        recorded = Decided.withoutWarnings(results);
                    }
                    yield replay(recordedVersion, recorded, candidateId, rules -> stepDown(rules, applicant, application),
                            SubjectNames.of(application.cadre()));
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Recorded decision " + decisionId + " cannot be read", e);
        }
    }

    private Simulation replay(RuleSetRef recordedVersion, Decided recorded, String candidateId,
            Function<CompiledRuleSet, Decided> decide, SubjectNames names) {
        return simulator.replay(recordedVersion, recorded, candidateId, decide, names);
    }

    private Decided stepDown(CompiledRuleSet rules, SubjectRef applicant, StepDownRequest application) {
        SubjectResults results = new SubjectResults();
        results.addStepDown(applicant, stepDown.decide(application, rules));
        return Decided.withoutWarnings(results);
    }

    private UnknownReplayDecisionException unknown(String id) {
        return log.deletionOf(id).map(deletion -> new UnknownReplayDecisionException(id, deletion))
                .orElseGet(() -> new UnknownReplayDecisionException(id));
    }
}
