package com.meritarchive.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.internal.command.CommandFactory;

/** Runs one stateless session over a set of facts and returns the facts of one type the rules left behind. */
final class RuleRunner {

    private RuleRunner() {
    }

    static <T> List<T> run(KieBase kieBase, Collection<?> facts, Class<T> resultType) {
        List<Command<?>> commands = new ArrayList<>();
        commands.add(CommandFactory.newInsertElements(facts));
        commands.add(CommandFactory.newFireAllRules());
        commands.add(CommandFactory.newGetObjects(new ClassObjectFilter(resultType), "results"));
        ExecutionResults results = kieBase.newStatelessKieSession().execute(CommandFactory.newBatchExecution(commands));
        Collection<?> objects = (Collection<?>) results.getValue("results");
        return objects.stream().map(resultType::cast).toList();
    }
}
