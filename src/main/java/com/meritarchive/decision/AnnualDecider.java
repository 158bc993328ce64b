package com.meritarchive.decision;

import com.meritarchive.decision.fact.ArchiveRecord;
import com.meritarchive.decision.fact.DecisionYear;
import com.meritarchive.decision.fact.Outcome;
import com.meritarchive.decision.fact.Subject;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.UnitInput;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The year-end decision: builds facts from a checked request, lets the rule set decide in a
 * stateless session and shapes the outcomes. It decides nothing itself (the rules do).
 */
@Service
public class AnnualDecider {

    private final DecisionThreads threads;

    /** One session per decision (tests). */
    public AnnualDecider() {
        this(DecisionThreads.single());
    }

    @Autowired
    public AnnualDecider(DecisionThreads threads) {
        this.threads = threads;
    }

    public AnnualDecision decide(AnnualRequest request, CompiledRuleSet ruleSet) {
        return decide(facts(request), ruleSet);
    }

    /** The request's facts, for deciding them with more than one rule set ({@link #decide(AnnualFacts, CompiledRuleSet)}). */
    public AnnualFacts facts(AnnualRequest request) {
        return facts(request, true);
    }

    /** As {@link #facts(AnnualRequest)}; {@code decideAlike} false decides every record-less subject itself (tests). */
    static AnnualFacts facts(AnnualRequest request, boolean decideAlike) {
        Map<String, Map<String, List<ArchiveRecord>>> records = new HashMap<>(); // by subject type, then id
        for (RecordInput record : request.records()) {
            List<ArchiveRecord> ofSubject = RecordlessSubjects.recordsOf(records, record.subjectType(), record.subjectId());
            // a subject's records, and its Subject (RecordlessSubjects), share the first one's key string
            ofSubject.add(ofSubject.isEmpty() ? Facts.of(record) : Facts.of(record, ofSubject.get(0).subjectKey()));
        }
        RecordlessSubjects recordless = new RecordlessSubjects(decideAlike);
        List<Object> subjects = recordless.facts(request.units(), request.cadres(), records);
        return new AnnualFacts(request, subjects, recordless);
    }

    /** Decides facts built once by {@link #facts(AnnualRequest)}; the same facts may be decided by several rule sets, at once too. */
    public AnnualDecision decide(AnnualFacts facts, CompiledRuleSet ruleSet) {
        AnnualRequest request = facts.request();
        OutcomeGrouping outcomes = new OutcomeGrouping(facts.recordless().outcomes(threads.run(ruleSet.kieBase(),
                List.of(new DecisionYear(request.year())), facts.subjects(), Outcome.class).of(Outcome.class)), threads);
        return new AnnualDecision(request.year(), RuleSetRef.of(ruleSet),
                outcomes.subjects(Subject.CADRE, request.cadres().stream().map(CadreInput::id).toList()),
                outcomes.subjects(Subject.UNIT, request.units().stream().map(UnitInput::id).toList()));
    }

}
