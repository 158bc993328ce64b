package com.meritarchive.ruleset;

/**
 * A rule set became the active one in this process (at start, on a publish, or following one):
 * what listens to it (the {@code merit.ruleset.active} gauge) learns of every switch, whoever made it.
 *
 * @param previous the version that was active before, null at start
 * @param current the version now active
 */
public record RuleSetActivated(CompiledRuleSet previous, CompiledRuleSet current) {
}
