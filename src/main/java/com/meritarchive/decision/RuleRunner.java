package com.meritarchive.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.internal.command.CommandFactory;

/** Runs one stateless session over a set of facts and returns the facts of the given types the rules left behind. */
final class RuleRunner {

    private RuleRunner() {
    }

    /** The facts in working memory after the rules fired, of any of {@code resultTypes}. */
    static Results run(KieBase kieBase, Collection<?> facts, Class<?>... resultTypes) {
        List<Command<?>> commands = new ArrayList<>();
        commands.add(CommandFactory.newInsertElements(facts));
        commands.add(CommandFactory.newFireAllRules());
        for (Class<?> type : resultTypes) {
            // one filter per class: the engine then reads only that class's facts, not all of working memory
            commands.add(CommandFactory.newGetObjects(new ClassObjectFilter(type), type.getName()));
        }
        ExecutionResults results = kieBase.newStatelessKieSession().execute(CommandFactory.newBatchExecution(commands));
        List<Object> objects = new ArrayList<>();
        for (Class<?> type : resultTypes) {
            objects.addAll((Collection<?>) results.getValue(type.getName()));
        }
        return new Results(objects);
    }

    /** What a session left behind, by type. */
    record Results(Collection<?> objects) {

        <T> List<T> of(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
