package com.meritarchive.decision;

import com.meritarchive.decisionlog.DecisionRecorder;
import com.meritarchive.decisionlog.UnfinishedDecision;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, before the service reports ready: decides again every decision that an earlier process
 * began and whose answer is not in the record. The embedded store syncs a decision's request and rule
 * set while the rules decide and commits the answer without a sync of its own, so a crash can lose an
 * answer that was sent; the same request with the same version gives the same bytes (the
 * reproducibility check holds every recorded answer to that), recorded under the same id and time. A
 * decision the crash caught before it was answered is recorded too, and the log says so: its caller
 * got no answer and will have asked again.
 */
@Component
class LostAnswers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LostAnswers.class);

    private final DecisionRecorder recorder;
    private final RuleSets ruleSets;
    private final Redecider redecider;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    LostAnswers(DecisionRecorder recorder, RuleSets ruleSets, Redecider redecider) {
        this.recorder = recorder;
        this.ruleSets = ruleSets;
        this.redecider = redecider;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        recover(started);
    }

    /** Completes what was begun before {@code begunBefore} and left without an answer; returns how many. */
    int recover(Instant begunBefore) {
        int recovered = 0;
        for (UnfinishedDecision begun : recorder.unfinished(begunBefore)) {
            try {
                complete(begun);
                recovered++;
                log.warn("Decision {} ({}, begun {} by {}) had no answer in the record after a restart: decided again "
                        + "with rule set {} and recorded. The previous process stopped after or while deciding it; if "
                        + "while, its caller got no answer.", begun.id(), begun.kind(), begun.begunAt(), begun.caller(),
                        begun.ruleSetId());
            } catch (Exception e) {
                log.error("Cannot decide decision {} ({}, begun {}) again after a restart: {}; left begun", begun.id(),
                        begun.kind(), begun.begunAt(), e.toString());
            }
        }
        return recovered;
    }

    private void complete(UnfinishedDecision begun) throws Exception {
        CompiledRuleSet rules = ruleSets.resolve(begun.ruleSetId());
        if (!rules.sha256().equals(begun.ruleSetSha256())) {
            throw new IllegalStateException("rule set " + begun.ruleSetId() + " has sha256 " + rules.sha256()
                    + ", the decision was begun with " + begun.ruleSetSha256());
        }
        Object decision = redecider.decide(Redecider.decisionKindOf(begun.kind()).orElseThrow(), begun.request(), rules);
        RecordedPeriod period = RecordedPeriod.of(decision);
        begun.complete(period.year(), period.quarter(), redecider.answer(begun.id(), decision));
    }
}
