package com.meritarchive.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.ObjectFilter;
import org.kie.internal.command.CommandFactory;

/** Runs one stateless session over a set of facts and returns the facts of the given types the rules left behind. */
final class RuleRunner {

    private RuleRunner() {
    }

    /** The facts in working memory after the rules fired, of any of {@code resultTypes}. */
    static Results run(KieBase kieBase, Collection<?> facts, Class<?>... resultTypes) {
        Set<Class<?>> types = Set.of(resultTypes);
        ObjectFilter filter = object -> types.contains(object.getClass());
        List<Command<?>> commands = new ArrayList<>();
        commands.add(CommandFactory.newInsertElements(facts));
        commands.add(CommandFactory.newFireAllRules());
        commands.add(CommandFactory.newGetObjects(filter, "results"));
        ExecutionResults results = kieBase.newStatelessKieSession().execute(CommandFactory.newBatchExecution(commands));
        return new Results((Collection<?>) results.getValue("results"));
    }

    /** What a session left behind, by type. */
    record Results(Collection<?> objects) {

        <T> List<T> of(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
