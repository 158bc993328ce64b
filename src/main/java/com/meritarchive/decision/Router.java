package com.meritarchive.decision;

import com.meritarchive.decision.fact.NoticeTerms;
import com.meritarchive.decision.fact.Routable;
import com.meritarchive.decision.fact.Route;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Who receives each result: the rule set's routing table (Routing.drl.xlsx, 公示备案) decides in
 * its own stateless session, so that routing is policy staff's to change, never code's.
 */
@Service
public class Router {

    /** The routes of {@code results} and the notice terms, from the same rule set that decided them. */
    public Routing route(Collection<Routable> results, CompiledRuleSet ruleSet) {
        RuleRunner.Results left = RuleRunner.run(ruleSet.kieBase(), results, Route.class, NoticeTerms.class);
        List<NoticeTerms> terms = left.of(NoticeTerms.class);
        return new Routing(left.of(Route.class), terms.isEmpty() ? null : terms.get(0));
    }

    /** Every route the table gave, and the terms of notices (null when nothing was routed). */
    public record Routing(List<Route> routes, NoticeTerms terms) {
    }
}
