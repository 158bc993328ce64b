package com.meritarchive.decision;

import com.meritarchive.decision.QuarterlyDecision.CancellationView;
import com.meritarchive.decision.QuarterlyDecision.NewRecord;
import com.meritarchive.decision.fact.ArchiveRecord;
import com.meritarchive.decision.fact.Assessment;
import com.meritarchive.decision.fact.Cancellation;
import com.meritarchive.decision.fact.DecisionQuarter;
import com.meritarchive.decision.fact.GroupMember;
import com.meritarchive.decision.fact.Outcome;
import com.meritarchive.decision.fact.ProposedRecord;
import com.meritarchive.decision.fact.Subject;
import com.meritarchive.decision.fact.Warning;
import com.meritarchive.request.AssessmentInput;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.UnitInput;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The quarterly decision: builds facts from the quarter's rankings and the earlier records, lets
 * the rule set propose records, cancellations and outcomes (Q1-Q7) and warnings (W1-W6), and
 * shapes the answer. A request under {@code merit.partition-size} subjects (a county) is one
 * session; a larger one (a province) is decided in two phases of partitions, by indicator and then
 * by subject ({@link QuarterlyPhases}), with the same answer.
 */
@Service
public class QuarterlyDecider {

    /**
     * The answer's order of warnings (CONTRACT.md): subject type, subject id, rule, code; then, for a
     * cadre warned twice by one rule (W1 on two indicators), the message and the evidence, so that the
     * same request always gets the same bytes. Spelt out rather than a {@code Comparator} chain: a
     * province's 30,000 warnings take half a million comparisons, and sorting them through the chain's
     * key lambdas was 7 % of the quarterly decision's samples in a JFR profile.
     */
    static final Comparator<Warning> WARNING_ORDER = QuarterlyDecider::compare;

    private static int compare(Warning a, Warning b) {
        int order = a.subjectType().compareTo(b.subjectType());
        if (order == 0) {
            order = a.subjectId().compareTo(b.subjectId());
        }
        if (order == 0) {
            order = a.rule().compareTo(b.rule());
        }
        if (order == 0) {
            order = a.code().compareTo(b.code());
        }
        if (order == 0) {
            order = a.message().compareTo(b.message());
        }
        return order != 0 ? order : String.join(",", a.evidence()).compareTo(String.join(",", b.evidence()));
    }

    private final DecisionThreads threads;

    /** One session per decision (tests, and the reference the partitions must equal). */
    public QuarterlyDecider() {
        this(DecisionThreads.single());
    }

    @Autowired
    public QuarterlyDecider(DecisionThreads threads) {
        this.threads = threads;
    }

    public QuarterlyDecision decide(QuarterlyRequest request, CompiledRuleSet ruleSet) {
        RuleRunner.Results results = threads.partitions(request.units().size() + request.cadres().size())
                ? QuarterlyPhases.decide(request, ruleSet.kieBase(), threads)
                : RuleRunner.run(ruleSet.kieBase(), facts(request), ProposedRecord.class, Cancellation.class, Outcome.class,
                        Warning.class);
        OutcomeGrouping outcomes = new OutcomeGrouping(results.of(Outcome.class), threads);
        return new QuarterlyDecision(request.year(), request.quarter(), RuleSetRef.of(ruleSet),
                results.of(ProposedRecord.class).stream().map(QuarterlyDecider::view)
                        .sorted(Comparator.comparing(NewRecord::id)).toList(),
                results.of(Cancellation.class).stream()
                        .map(c -> new CancellationView(c.recordId(), c.rule(), c.assessmentId()))
                        .sorted(Comparator.comparing(CancellationView::recordId)).toList(),
                outcomes.subjects(Subject.CADRE, request.cadres().stream().map(CadreInput::id).toList()),
                outcomes.subjects(Subject.UNIT, request.units().stream().map(UnitInput::id).toList()),
                results.of(Warning.class).stream().sorted(WARNING_ORDER).toList());
    }

    /** The facts of a quarterly request: the quarter, its subjects, the earlier records, the rankings and their groups. */
    static List<Object> facts(QuarterlyRequest request) {
        List<Object> facts = new ArrayList<>();
        facts.add(new DecisionQuarter(request.year(), request.quarter()));
        request.units().forEach(unit -> facts.add(Subject.of(Subject.UNIT, unit.id(), unit.kind())));
        request.cadres().forEach(cadre -> facts.add(Subject.of(Subject.CADRE, cadre.id(), null)));
        request.records().forEach(record -> facts.add(Facts.of(record)));
        request.assessments().forEach(assessment -> addAssessment(facts, assessment));
        return facts;
    }

    /** An assessment's facts: the ranking and its group's members. */
    static void addAssessment(List<Object> facts, AssessmentInput assessment) {
        facts.add(new Assessment(assessment.id(), assessment.keyWork(), assessment.task(), assessment.indicator(),
                assessment.rank(), assessment.rankedCount(), assessment.targetRank(), assessment.leadUnitId()));
        assessment.group().forEach(member -> facts.add(new GroupMember(assessment.id(), member.cadreId(), member.role())));
    }

    private static NewRecord view(ProposedRecord proposed) {
        ArchiveRecord r = proposed.record();
        return new NewRecord(r.id(), r.subjectType(), r.subjectId(), r.type(), r.year(), r.quarter(), r.keyWork(),
                r.indicator(), r.status(), proposed.rule(), proposed.assessmentId());
    }
}
