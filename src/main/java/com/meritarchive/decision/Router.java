package com.meritarchive.decision;

import com.meritarchive.decision.fact.CalendarDay;
import com.meritarchive.decision.fact.NoticeTerms;
import com.meritarchive.decision.fact.Routable;
import com.meritarchive.decision.fact.Route;
import com.meritarchive.decision.fact.RoutingRequest;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Who receives each result: the rule set's routing table (Routing.drl.xlsx, 公示备案) decides in
 * its own stateless session, so that routing is policy staff's to change, never code's. Its rules
 * (and those of rules/routing-terms.drl) are in the agenda group {@value #AGENDA_GROUP}, which only
 * this session fires: the parameter and calendar rows have no condition, and fired in every
 * decision's session before (a session of one fact took 30 µs, now 14 µs).
 */
@Service
public class Router {

    /** The routing rules' agenda group, as the routing workbook's RuleSet area (AGENDA-GROUP) and routing-terms.drl name it. */
    public static final String AGENDA_GROUP = "公示备案";

    /** The routes of {@code results}, the notice terms and the calendar, from the same rule set that decided them. */
    public Routing route(Collection<Routable> results, CompiledRuleSet ruleSet) {
        List<Object> facts = new ArrayList<>(results);
        facts.add(new RoutingRequest());
        RuleRunner.Results left = RuleRunner.run(ruleSet.kieBase(), facts, AGENDA_GROUP, Route.class, NoticeTerms.class,
                CalendarDay.class);
        List<NoticeTerms> terms = left.of(NoticeTerms.class);
        if (terms.size() != 1) {
            throw new DecisionFailedException(ruleSet.id(), terms.size()
                    + " sets of notice terms (its routing rules must give exactly one: rules/routing-terms.drl)");
        }
        return new Routing(left.of(Route.class), terms.get(0), left.of(CalendarDay.class));
    }

    /** Every route the table gave, the terms of notices, and the holidays and 调休 days of the calendar table. */
    public record Routing(List<Route> routes, NoticeTerms terms, List<CalendarDay> calendar) {
    }
}
