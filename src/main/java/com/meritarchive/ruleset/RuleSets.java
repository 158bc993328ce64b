package com.meritarchive.ruleset;

import com.meritarchive.system.UnknownRuleSetException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The rule sets decisions can use: the active one, or another by id. A request resolves its rule
 * set once and decides wholly with it, so that a swap never mixes two versions in one answer.
 */
@Component
public class RuleSets {

    private final AtomicReference<CompiledRuleSet> active = new AtomicReference<>();

    public CompiledRuleSet active() {
        CompiledRuleSet ruleSet = active.get();
        if (ruleSet == null) {
            throw new IllegalStateException("No rule set is active yet");
        }
        return ruleSet;
    }

    public void activate(CompiledRuleSet ruleSet) {
        active.set(ruleSet);
    }

    /** The rule set with this id, or the active one when {@code id} is null. */
    public CompiledRuleSet resolve(String id) {
        CompiledRuleSet current = active();
        if (id == null || id.equals(current.id())) {
            return current;
        }
        throw new UnknownRuleSetException(id);
    }
}
