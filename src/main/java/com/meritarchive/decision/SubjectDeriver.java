package com.meritarchive.decision;

import com.meritarchive.decision.fact.ArchiveRecord;
import com.meritarchive.decision.fact.DecisionYear;
import com.meritarchive.decision.fact.Outcome;
import com.meritarchive.decision.fact.Run;
import com.meritarchive.decision.fact.Subject;
import com.meritarchive.decision.fact.SubjectRecords;
import com.meritarchive.decision.fact.Tally;
import com.meritarchive.decision.fact.Window;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Runs a recorded request through a rule set again, as {@link AnnualDecider} and
 * {@link QuarterlyDecider} do, and keeps what the rules derived for one subject
 * ({@link DerivedFacts}): the facts its outcomes, and the outcomes it did not get, rest on.
 */
@Service
public class SubjectDeriver {

    /**
     * The annual decision's facts for one subject. The year-end rules judge each subject on its own
     * records (one {@link SubjectRecords} per subject, see annual-derive.drl), so a session holding
     * the year and that subject alone derives what the whole request derived for it.
     */
    public DerivedFacts annual(AnnualRequest request, CompiledRuleSet ruleSet, SubjectRef subject, String unitKind) {
        List<ArchiveRecord> records = request.records().stream()
                .filter(r -> r.subjectType().equals(subject.type()) && r.subjectId().equals(subject.id())).map(Facts::of).toList();
        List<Object> facts = List.of(new DecisionYear(request.year()),
                new SubjectRecords(Subject.of(subject.type(), subject.id(), unitKind), records));
        return derived(ruleSet, facts, subject);
    }

    /** The quarterly decision's facts for one subject: the whole quarter decided again (rankings touch many subjects). */
    public DerivedFacts quarterly(QuarterlyRequest request, CompiledRuleSet ruleSet, SubjectRef subject) {
        return derived(ruleSet, QuarterlyDecider.facts(request), subject);
    }

    private static DerivedFacts derived(CompiledRuleSet ruleSet, List<Object> facts, SubjectRef subject) {
        RuleRunner.Observed observed = RuleRunner.runObserved(ruleSet.kieBase(), facts, Tally.class, Run.class, Window.class,
                Outcome.class);
        RuleRunner.Results results = observed.results();
        List<DerivedFacts.Veto> vetoes = new ArrayList<>();
        for (RuleRunner.Removal removal : observed.removals()) {
            if (removal.removed() instanceof Outcome outcome && outcome.outlook() == null
                    && isOf(outcome.subjectType(), outcome.subjectId(), subject)) {
                vetoes.add(new DerivedFacts.Veto(outcome, removal.rule(), removal.matchedWith().stream()
                        .filter(Outcome.class::isInstance).map(Outcome.class::cast).toList()));
            }
        }
        return new DerivedFacts(
                // the warning rules' foreseen tallies and runs (with an outlook) are no facts of this decision
                results.of(Tally.class).stream().filter(t -> t.outlook() == null && isOf(t.subjectType(), t.subjectId(), subject))
                        .toList(),
                results.of(Run.class).stream().filter(r -> r.outlook() == null && isOf(r.subjectType(), r.subjectId(), subject))
                        .toList(),
                results.of(Window.class),
                results.of(Outcome.class).stream().filter(o -> isOf(o.subjectType(), o.subjectId(), subject)).toList(),
                List.copyOf(vetoes));
    }

    private static boolean isOf(String type, String id, SubjectRef subject) {
        return subject.type().equals(type) && subject.id().equals(id);
    }
}
