package com.meritarchive.documents;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.AnnualDecision;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.decision.Router;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Decides, then routes every result through the same rule set's routing table and builds the
 * documents, so that a decision and what it sends out can never disagree (one rule set, one call).
 */
@Service
public class DocumentMaker {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final AnnualDecider annual;
    private final QuarterlyDecider quarterly;
    private final StepDownDecider stepDown;
    private final Router router;
    private final Clock clock;

    @Autowired
    public DocumentMaker(AnnualDecider annual, QuarterlyDecider quarterly, StepDownDecider stepDown, Router router) {
        this(annual, quarterly, stepDown, router, Clock.system(BEIJING));
    }

    DocumentMaker(AnnualDecider annual, QuarterlyDecider quarterly, StepDownDecider stepDown, Router router, Clock clock) {
        this.annual = annual;
        this.quarterly = quarterly;
        this.stepDown = stepDown;
        this.router = router;
        this.clock = clock;
    }

    public Paperwork annual(AnnualRequest request, CompiledRuleSet ruleSet, DocumentDates dates) {
        AnnualDecision decision = annual.decide(request, ruleSet);
        return make(request.year(), null, Results.of(decision, request.cadres()), new People(request.units(), request.cadres()),
                EvidenceRecords.of(request.records()), ruleSet, dates, List.of());
    }

    public Paperwork quarterly(QuarterlyRequest request, CompiledRuleSet ruleSet, DocumentDates dates) {
        QuarterlyDecision decision = quarterly.decide(request, ruleSet);
        People people = new People(request.units(), request.cadres());
        List<Documents.Document> warningLists = WarningLists.of(decision, people,
                code -> ruleSet.codes().outcomeName(code), Titles.period(request.year(), request.quarter()));
        return make(request.year(), request.quarter(), Results.of(decision, request.cadres()), people,
                EvidenceRecords.of(request.records(), decision), ruleSet, dates, warningLists);
    }

    /** A step-down application carries no year: its documents are of the year it is decided in (Beijing time). */
    public Paperwork stepDown(StepDownRequest request, CompiledRuleSet ruleSet, DocumentDates dates) {
        List<Result> results = Results.of(stepDown.decide(request, ruleSet), request);
        return make(LocalDate.now(clock).getYear(), null, results, new People(List.of(), List.of(request.cadre())),
                EvidenceRecords.none(), ruleSet, dates, List.of());
    }

    /** The routed documents, then {@code warningLists} (a quarter's 预警名单, which no table routes). */
    private Paperwork make(int year, Integer quarter, List<Result> results, People people, EvidenceRecords records,
            CompiledRuleSet ruleSet, DocumentDates dates, List<Documents.Document> warningLists) {
        Router.Routing routing = router.route(results.stream().map(Result::routable).toList(), ruleSet);
        String period = Titles.period(year, quarter);
        List<Documents.Document> all = new ArrayList<>(Assembly.documents(results, routing.routes(), people,
                code -> ruleSet.codes().outcomeName(code), recipient -> Titles.of(recipient, period)));
        all.addAll(warningLists);
        Documents documents = new Documents(year, quarter, RuleSetRef.of(ruleSet), List.copyOf(all));
        return new Paperwork(documents, new RecordDetail(records, ruleSet.codes()), NoticeParameters.of(routing.terms(), calendar(routing), dates,
                LocalDate.now(clock)));
    }

    private static WorkingDays calendar(Router.Routing routing) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workingWeekends = new HashSet<>();
        routing.calendar().forEach(day -> (day.working() ? workingWeekends : holidays).add(day.date()));
        return new WorkingDays(holidays, workingWeekends);
    }
}
