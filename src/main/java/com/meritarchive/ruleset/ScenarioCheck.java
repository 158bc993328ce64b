package com.meritarchive.ruleset;

/**
 * Runs a version's test scenarios on its compiled rules. Implemented where the decisions live;
 * a broken scenario workbook is a {@link RuleSetInvalidException} like a broken table.
 */
public interface ScenarioCheck {

    ScenarioReport check(RuleSetFiles files, CompiledRuleSet compiled);
}
