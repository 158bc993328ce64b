package com.meritarchive.simulation;

import com.meritarchive.ruleset.CompiledRuleSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Chinese names of outcome codes for people, from the code workbooks of the two versions compared
 * (the candidate's name wins); a code neither names stays as it is.
 */
record OutcomeLabels(Map<String, String> names) {

    static OutcomeLabels of(CompiledRuleSet baseline, CompiledRuleSet candidate) {
        Map<String, String> names = new HashMap<>(baseline.codes().outcomeNames());
        names.putAll(candidate.codes().outcomeNames());
        return new OutcomeLabels(Map.copyOf(names));
    }

    /** "ANNUAL_EXCELLENT（年度考核直接评为优秀）", or the code alone when it has no name. */
    String describe(String code) {
        String label = names.get(code);
        return label == null ? code : code + "（" + label + "）";
    }

    String label(String code) {
        return names.getOrDefault(code, "");
    }
}
