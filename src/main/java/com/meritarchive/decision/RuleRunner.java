package com.meritarchive.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.internal.command.CommandFactory;

/** Runs one stateless session over a set of facts and returns the facts of the given types the rules left behind. */
final class RuleRunner {

    private static final KieCommands COMMANDS = KieServices.Factory.get().getCommands();

    private RuleRunner() {
    }

    /** The facts in working memory after the rules fired, of any of {@code resultTypes}. */
    static Results run(KieBase kieBase, Collection<?> facts, Class<?>... resultTypes) {
        return run(kieBase.newStatelessKieSession(), facts, null, resultTypes);
    }

    /**
     * As {@link #run(KieBase, Collection, Class...)}, and once those rules have fired, the rules of
     * {@code agendaGroup} too, which a session that does not name it never fires (the routing
     * workbook's: a decision needs none of them). They fire last, so that they may use any fact the
     * other rules made.
     */
    static Results run(KieBase kieBase, Collection<?> facts, String agendaGroup, Class<?>... resultTypes) {
        return run(kieBase.newStatelessKieSession(), facts, agendaGroup, resultTypes);
    }

    /**
     * As {@link #run(KieBase, Collection, Class...)}, and also what a rule removed and with which
     * facts it matched (a veto deletes an outcome when another one exists): for explanations only,
     * since listening costs time on every firing.
     */
    static Observed runObserved(KieBase kieBase, Collection<?> facts, Class<?>... resultTypes) {
        StatelessKieSession session = kieBase.newStatelessKieSession();
        List<Removal> removals = new ArrayList<>();
        Match[] firing = new Match[1];
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firing[0] = event.getMatch();
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                Match match = firing[0];
                if (match != null && event.getRule() != null && match.getRule().getName().equals(event.getRule().getName())) {
                    List<Object> others = match.getObjects().stream().filter(o -> o != event.getOldObject()).map(Object.class::cast)
                            .toList();
                    removals.add(new Removal(event.getOldObject(), event.getRule().getName(), others));
                }
            }
        });
        return new Observed(run(session, facts, null, resultTypes), List.copyOf(removals));
    }

    private static Results run(StatelessKieSession session, Collection<?> facts, String agendaGroup, Class<?>... resultTypes) {
        List<Command<?>> commands = new ArrayList<>();
        commands.add(CommandFactory.newInsertElements(facts));
        commands.add(CommandFactory.newFireAllRules());
        if (agendaGroup != null) {
            commands.add(COMMANDS.newAgendaGroupSetFocus(agendaGroup));
            commands.add(CommandFactory.newFireAllRules());
        }
        for (Class<?> type : resultTypes) {
            // one filter per class: the engine then reads only that class's facts, not all of working memory
            commands.add(CommandFactory.newGetObjects(new ClassObjectFilter(type), type.getName()));
        }
        ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
        List<Object> objects = new ArrayList<>();
        for (Class<?> type : resultTypes) {
            objects.addAll((Collection<?>) results.getValue(type.getName()));
        }
        return new Results(objects);
    }

    /** A fact a rule deleted, the rule's name and the other facts it matched. */
    record Removal(Object removed, String rule, List<Object> matchedWith) {
    }

    /** What a session left behind, and what its rules removed on the way. */
    record Observed(Results results, List<Removal> removals) {
    }

    /** What a session left behind, by type. */
    record Results(Collection<?> objects) {

        <T> List<T> of(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
