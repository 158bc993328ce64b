package com.meritarchive.decision;

import com.meritarchive.ruleset.CompiledRuleSet;

/** Which rule set decided an answer, for auditors and for reproducing it. */
public record RuleSetRef(String id, String sha256) {

    public static RuleSetRef of(CompiledRuleSet ruleSet) {
        return new RuleSetRef(ruleSet.id(), ruleSet.sha256());
    }
}
